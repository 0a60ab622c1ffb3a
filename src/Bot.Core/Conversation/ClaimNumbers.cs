using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>The numbers a claim states, and the sentence that states another one in their place.</summary>
/// <remarks>
/// "The health secretary promised 10,000 nurses" shares every word but one with "The health secretary has promised to
/// recruit 5,000 extra nurses", so the word matcher confirmed it. A number is the point of such a claim, and no synonym
/// stands for it. A sentence that lacks the claim's number may still make the claim (the year is written elsewhere in
/// the story), and numbers of other things are no contradiction, so only another number of the same kind counts: an
/// amount of money for an amount ("£212m" for "3p"), a percentage for a percentage, a year for a year, and a count of
/// the same thing ("5,000 extra nurses", "1.4 million cars" for "2 million cars"). Numbers are compared by their digits:
/// "5bn" holds the 5 of "5bn euros", and "10,000" is "10000".
/// </remarks>
public static partial class ClaimNumbers
{
    private const int Reach = 2;

    private enum Kind { Count, Money, Percent, Year, Ordinal }

    /// <summary>The claim's number that <paramref name="sentence"/> contradicts and the one it states instead, or null when it does not.</summary>
    public static (string Claimed, string Said)? Contradicted(string claim, string sentence)
    {
        // Counts in words too: "five Brit nominations" is not made by "four nominations each".
        var claimed = DigitsAndWords(claim).ToList();
        var said = DigitsAndWords(sentence).ToList();
        foreach (var n in claimed.Where(n => !said.Any(s => s.Value == n.Value)))
        {
            // A count in words is held to counts in words: "two dozen soldiers" is no other number than "24 soldiers".
            var other = said.FirstOrDefault(s => !claimed.Any(c => c.Value == s.Value) && s.Kind == n.Kind
                && (n.Kind != Kind.Count || s.Counts.Overlaps(n.Counts)) && InWords(s.Written) == InWords(n.Written));
            if (other.Written is not null)
            {
                return (n.Written, other.Written);
            }
        }

        return null;
    }

    private static bool InWords(string written) => written.All(char.IsLetter);

    /// <summary>The numbers <paramref name="text"/> writes in digits, as digits ("10,000" is "10000").</summary>
    public static HashSet<string> Values(string text) => Numbers(text).Select(n => n.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="sentence"/> holds every number of <paramref name="claim"/>, in digits or in words.</summary>
    public static bool Holds(string claim, string sentence)
    {
        var said = DigitsAndWords(sentence).Select(n => n.Value).ToHashSet(StringComparer.Ordinal);
        return DigitsAndWords(claim).All(n => said.Contains(n.Value));
    }

    private static IEnumerable<(string Written, string Value, Kind Kind, HashSet<string> Counts)> DigitsAndWords(string text) =>
        Numbers(text).Concat(WordNumbers(text));

    /// <summary>The first number of <paramref name="claim"/> other than a year, in digits or in words ("three days"), that
    /// <paramref name="story"/> never writes, by its value; null when the story writes them all.</summary>
    /// <remarks>"the migraine jab cut attacks to fewer than three days a month" shares every other word with "A monthly
    /// injection has cut the number of days people spend with migraine by around half": the number is the claim, and a story
    /// that never gives it does not make it. Years are left out: a story may date its events only by "on Sunday". So is 1,
    /// written as often as a numeral ("grade 1" for "grade I") as a count.</remarks>
    public static string? Unwritten(string claim, string story)
    {
        var written = Numbers(story).Where(n => n.Kind != Kind.Year).Concat(WordNumbers(story)).ToList();
        // A count must count the same thing: "three times more common" does not give "three days a month". An ordinal gives
        // its count whatever it counts in its own words: "his 50th cap" gives "50 international appearances".
        // A count the claim follows with no noun counts nothing it names ("kicked four on his own" is "kicked four goals"; not
        // the number of a name, "CHP-2 to gas"), and one of the story followed by "of" counts what comes later ("lost more than
        // 300 of his 800 trees").
        string counts = NameNumber().Replace(claim, " ");
        bool Written((string Written, string Value, Kind Kind, HashSet<string> Counts) n) =>
            written.Any(w => w.Value == n.Value && (n.Kind != Kind.Count || n.Counts.Count == 0 || w.Kind == Kind.Ordinal || w.Counts.Overlaps(n.Counts)
                || CountsNothing(counts, n.Written) || CountsLater(story, w.Written)));
        return Numbers(counts).Where(n => n.Kind != Kind.Year && n.Value != "1").Concat(WordNumbers(counts))
            .FirstOrDefault(n => !Written(n)).Written;
    }

    private static bool CountsNothing(string claim, string number) =>
        Regex.IsMatch(claim, $@"(?<![\p{{L}}\d‐-]){Regex.Escape(number)}\s+(?:on|in|at|by|for|to|from|with|of|apiece|each|and|or|but)\b", RegexOptions.IgnoreCase);

    private static bool CountsLater(string story, string number) =>
        Regex.IsMatch(story, $@"(?<![\p{{L}}\d]){Regex.Escape(number)}\s+of\s+(?:his|her|its|their|the|our|your)\b", RegexOptions.IgnoreCase);

    // A number after a capitalised word is part of a name, not a count: "Super Bowl 50", "Apollo 11".
    [GeneratedRegex(@"(?<=\p{Lu}[\p{L}.'’-]*\s+)\d[\d,.]*")]
    private static partial Regex NameNumber();

    // Numbers written as words, two to ninety ("one" is as often "one of the" as a count), with their value in digits; not
    // the first part of a compound ("three-year").
    private static IEnumerable<(string Written, string Value, Kind Kind, HashSet<string> Counts)> WordNumbers(string text) =>
        Word().Matches(text).Where(m => WordValues.ContainsKey(m.Value)).Select(m => (m.Value, WordValues[m.Value], Kind.Count, Counted(text, m)));

    private static readonly Dictionary<string, string> WordValues = new[]
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    }.Select((w, i) => (w, (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .Concat(new[] { "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" }.Select((w, i) => (w, ((i + 3) * 10).ToString(System.Globalization.CultureInfo.InvariantCulture))))
        .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b\p{L}+\b(?![-‐]\w)")]
    private static partial Regex Word();

    // Each number as written, as digits, its kind, and the words that follow it (what it counts), analysed.
    private static IEnumerable<(string Written, string Value, Kind Kind, HashSet<string> Counts)> Numbers(string text)
    {
        foreach (Match m in Number().Matches(text))
        {
            string digits = m.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('.');
            var kind = m.Groups["cur"].Success || Money(text, m) ? Kind.Money
                : m.Groups["pct"].Success ? Kind.Percent
                : m.Groups["ord"].Success ? Kind.Ordinal
                : Year().IsMatch(m.Groups["num"].Value) ? Kind.Year : Kind.Count;
            yield return (m.Value.Trim(), digits, kind, Counted(text, m));
        }
    }

    // "3p" is pence, and "5bn euros" a sum; "6m people" is a count. Without a currency sign a scale gives money only when a
    // currency names it: "upwards of 6m people" is no other amount than "£400m".
    private static bool Money(string text, Match m) =>
        m.Groups["suf"].Success && (m.Groups["suf"].Value == "p" || CurrencyWord().IsMatch(text[(m.Index + m.Length)..]));

    [GeneratedRegex(@"^\s+(?:[A-Za-z]+\s+){0,2}(?:" + Currencies.Words + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyWord();

    // The words that follow a number (what it counts), analysed.
    private static HashSet<string> Counted(string text, Match m) =>
        QuestionTerms.Words(text[(m.Index + m.Length)..]).Select(w => w.Word).Take(Reach).TakeWhile(w => !char.IsDigit(w[0]))
            .SelectMany(w => Text.EnglishTerms.Analyze(w)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<cur>[£$€¥])?(?<num>\d+(?:[.,]\d+)*)(?:(?<suf>bn|tn|m|p)|(?<ord>st|nd|rd|th))?(?![\p{L}\d])(?<pct>\s?(?:%|per\s?cent\b|percent\b))?")]
    private static partial Regex Number();

    // A year is written with no separator: "2,000 jobs" is a count.
    [GeneratedRegex(@"^(1[5-9]\d\d|20\d\d)$")]
    private static partial Regex Year();
}
