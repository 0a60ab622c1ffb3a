using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>
/// Recognises the unambiguous citation requests ("show source 2", "show [2]", "[2]", "source 2?") before the
/// classifier runs, and finds the citation number in looser ones the classifier routes to show-source.
/// A rule is cheaper and surer than a model for these shapes, and the model never sees the number anyway.
/// </summary>
internal static partial class ShowSourceRule
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    private static readonly string[] Cardinals = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>True when the whole message is a request for citation n.</summary>
    public static bool TryMatch(string utterance, out int number)
    {
        var match = WholeRequest().Match(utterance);
        number = match.Success ? ParseNumber(match.Groups["n"].Value) : 0;
        return number > 0;
    }

    /// <summary>The citation number mentioned anywhere in the message ("[2]", "source 2", "the second source"), if any.</summary>
    public static int? FindNumber(string utterance)
    {
        var match = NumberMention().Match(utterance);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["n"].Success ? ParseNumber(match.Groups["n"].Value)
            : match.Groups["c"].Success ? Array.IndexOf(Cardinals, match.Groups["c"].Value.ToLowerInvariant()) + 1
            : Array.IndexOf(Ordinals, match.Groups["o"].Value.ToLowerInvariant()) + 1;
        return number > 0 ? number : null;
    }

    private static int ParseNumber(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^\s*(?:(?:please|pls|plz|kindly)\s+)?(?:(?:show|open|expand|display|view)(?:\s+me)?(?:\s+the)?\s+(?:(?:source|citation|reference|ref|footnote)s?\s*)?(?:#|no\.?\s*|number\s+)?\[?(?<n>\d{1,2})\]?|(?:source|citation|reference|ref|footnote)\s*(?:#|no\.?\s*|number\s+)?\[?(?<n>\d{1,2})\]?|\[(?<n>\d{1,2})\])(?:\s*,?\s*(?:please|pls|plz))?\s*[?.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeRequest();

    [GeneratedRegex(
        @"\[(?<n>\d{1,2})\]|\b(?:source|citation|reference|ref|footnote|number|no\.?)\s*#?\s*(?<n>\d{1,2})\b|\b(?:source|citation|reference|ref|footnote|number)\s+(?<c>one|two|three|four|five|six|seven|eight|nine|ten)\b|#(?<n>\d{1,2})\b|\b(?<n>\d{1,2})(?:st|nd|rd|th)\b|\b(?<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberMention();
}
