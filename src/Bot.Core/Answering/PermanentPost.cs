using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>A question for who holds a post for good ("Who will be Corrin's permanent chief executive?"), and quotes that
/// name only someone standing in.</summary>
/// <remarks>
/// When a chief executive, a coach or a council leader goes, the story names who stands in "while a search for a permanent
/// successor is carried out". That sentence holds every word of "Who will be Corrin's permanent chief executive?" and names
/// someone, so it was quoted with confidence, yet it says the post is not filled. A quote whose first sentence names a stand-in
/// ("acting", "interim", "caretaker") or a search still under way, and no sentence of which makes anyone permanent ("confirmed
/// as permanent head coach", "on a permanent basis"), does not answer. Someone who once stood in and has now been named ("who
/// served as interim head coach …, has been named head coach") is no stand-in.
/// </remarks>
public static partial class PermanentPost
{
    /// <summary>True when <paramref name="question"/> asks who holds, or will hold, a post permanently.</summary>
    public static bool Asked(string question) => WhoPermanent().IsMatch(question);

    /// <summary>True when the first sentence of <paramref name="quote"/>, its answer, names a stand-in or a search under way and
    /// no sentence of it makes anyone permanent.</summary>
    public static bool StandInOnly(IReadOnlyList<string> quote) => quote.Count > 0 && StandIn(quote[0]) && !quote.Any(MadePermanent);

    private static bool StandIn(string sentence) => (StandInWord().IsMatch(sentence) && !FormerStandIn().IsMatch(sentence)) || Search().IsMatch(sentence);

    private static bool MadePermanent(string sentence) => Appointed().IsMatch(sentence) && !Search().IsMatch(sentence);

    // "Who will be …'s permanent chief executive?", "who did the board eventually elect as permanent chairman", "who got the
    // permanent finance director job": a "who" question, opened by up to three words of chat ("ok so who …").
    [GeneratedRegex(@"^\W*(?:[\p{L}']+\W+){0,3}?who\b.*\bpermanent(?:ly)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoPermanent();

    [GeneratedRegex(@"\b(?:acting|interim|caretaker|temporary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StandInWord();

    [GeneratedRegex(@"\b(?:who|which)\s+(?:had\s+)?(?:served|been|was|acted)\s+(?:as\s+)?(?:the\s+|an\s+)?(?:interim|acting|caretaker|temporary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormerStandIn();

    // "while a search for a permanent successor was carried out", "while the board searches for a permanent replacement",
    // "until the board elects a new chairman".
    [GeneratedRegex(@"\b(?:search(?:es|ing)?|recruit(?:s|ed|ing)?|hunt|look(?:s|ing)?)\b[^.]{0,30}\b(?:permanent|successor|replacement)\b|\b(?:while|until|pending)\b[^.]{0,60}\b(?:elects?|appoints?|finds?|is\s+found|chooses|recruits|hires|names)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Search();

    [GeneratedRegex(@"\b(?:named|appointed|confirmed|elected|made|hired|chosen|picked|given)\b[^.]{0,40}\bpermanent(?:ly)?\b|\bpermanent(?:ly)?\b[^.]{0,30}\b(?:named|appointed|confirmed|elected)\b|\bon\s+a\s+permanent\s+basis\b", RegexOptions.IgnoreCase)]
    private static partial Regex Appointed();
}
