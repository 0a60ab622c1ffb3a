using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>"Who took over from him?", "Who will lead the council now Morag Dunlop has quit?": a successor asked for, and the
/// sentence that names one.</summary>
/// <remarks>
/// A story about a resignation leads with the one who went ("Roads minister Peter Hanbury has resigned …"), which restates
/// such a question and names no one new; the successor comes later, in words of its own ("He is replaced by Linda Okafor",
/// "Her deputy, Alasdair Reid, will lead the council until …", "… would take over as acting chief executive"). So when the
/// best sentence names no successor, the best sentence of its story that does leads. A predecessor asked for ("who had the job
/// before her?") is read the same way, from the sentence that names one ("Ms Keyes's predecessor, Nigel Barraclough").
/// </remarks>
public static partial class SuccessorQuestion
{
    /// <summary>True when <paramref name="question"/> asks who follows someone in a post.</summary>
    public static bool Asked(string question) => !PredecessorAsked().IsMatch(question) && SuccessorAsked().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> says someone follows another in a post.</summary>
    public static bool Names(string sentence) => SuccessorSaid().IsMatch(sentence);

    /// <summary>
    /// True when <paramref name="sentence"/> may name who follows another: it says so (<see cref="Names"/>), names whom someone
    /// replaced ("Ms Grauman, 47, … replaces Piet Holloway", <see cref="NamesBefore"/>), or tells of an
    /// appointment ("was appointed chief executive", "the new manager, Sam Reid", "replacing him with George Low"). "Who has been named to replace Neil
    /// Garside?" is not answered by "Chief executive Neil Garside, 56, said he had been given incorrect information".
    /// </summary>
    public static bool MayName(string sentence) => Names(sentence) || NamesBefore(sentence) || Appointment().IsMatch(sentence);

    /// <summary>True when <paramref name="sentence"/> tells of someone replacing one of <paramref name="names"/>: "to replace
    /// Ernesto Lagunas", "succeeded Nguyen Van Hieu", "took over from Lagunas".</summary>
    public static bool ReplacesOneOf(string sentence, IEnumerable<string> names) =>
        Replacing().Matches(sentence).Any(m => m.Groups["name"].Captures.Any(c => names.Contains(c.Value, StringComparer.Ordinal)));

    /// <summary>True when <paramref name="question"/> asks who held a post before someone ("who had the job before her?", "Who did she replace?").</summary>
    public static bool AskedBefore(string question) => PredecessorAsked().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> names someone who held a post before another ("Ms Keyes's predecessor, Nigel Barraclough", "took over from").</summary>
    public static bool NamesBefore(string sentence) => PredecessorSaid().IsMatch(sentence);

    // "who had the job before her?", "Who did she replace?", "who was his predecessor", "who held the post before him".
    [GeneratedRegex(@"^\W*(?:and\s+)?who\b.*\b(?:predecessor|(?:had|held|ran|led|did)\s+(?:the\s+|that\s+|this\s+)?(?:job|post|role|seat|position)?\s*before\s+(?:him|her|them|that|then)|did\s+(?:he|she|they|\p{Lu}\p{L}+)\s+(?:replace|succeed|take\s+over\s+from))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PredecessorAsked();

    [GeneratedRegex(@"\b(?:predecessor|replac(?:es|ed|ing)\s+(?!by\b)\p{Lu}|succeed(?:s|ed|ing)\s+(?!by\b)\p{Lu}|t(?:ook|akes|aking|aken)\s+over\s+from|previously\s+held)", RegexOptions.None)]
    private static partial Regex PredecessorSaid();

    // "Who took over from him?", "who replaced Hanbury", "who succeeds her", "who is filling in as finance chief", "who's the
    // new boss at TKPC", "Who's going to be the next CEO of BFL?", "Who is running Corrin now that Martin Ashby has walked
    // out?", "who will lead the council now Morag Dunlop has quit?". Not "When did she take over?".
    [GeneratedRegex(@"^\W*(?:and\s+)?who\b.*\b(?:(?:take|takes|taking|took|taken)\s+over|replace[sd]?|replacing|succeed(?:s|ed)?|succeeding|(?:fill|fills|filling|filled|stand|stands|standing|stood)\s+in\s+(?:as|for))\b|^\W*(?:and\s+)?who\b.*\bnow\b.*\b(?:quit|quits|resigned|resigns|left|leaves|stepped\s+down|steps\s+down|walked\s+out|gone|departed|died|retired|sacked)\b" +
        @"|^\W*(?:and\s+)?who(?:['’]s|\s+is|\s+will\s+be)\s+(?:going\s+to\s+be\s+)?(?:the\s+|their\s+|its\s+|[\w-]+['’]s\s+)?(?:new|next|incoming)\s+" +
        @"(?:boss|ceo|cfo|md|dg|chief|head|leader|manager|coach|chair|chairman|chairwoman|president|director|minister|secretary|governor|mayor|captain|editor|commissioner|principal|ambassador|finance\s+chief|general\s+manager)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuccessorAsked();

    [GeneratedRegex(@"\b(?i:replac(?:e|es|ed|ing)|succe(?:ed|eds|eded|eding)|successor\s+to|t(?:ake|akes|ook|aking|aken)\s+over\s+from)\s+(?:(?<name>\p{Lu}[\p{L}'’.-]*)\s+){0,3}(?<name>\p{Lu}[\p{L}'’-]+)\b")]
    private static partial Regex Replacing();

    [GeneratedRegex(@"\b(?:replac(?:e|es|ed|ing)\s+(?:him|her|them)\s+with|appointed|appoints|appointment|named|names|chosen|elected|nominated|promoted|installed|sworn\s+in|confirmed\s+as|new\s+(?:chief|leader|head|manager|chairman|chairwoman|chair|president|director|coach|boss|captain|editor|minister|secretary|governor|mayor|principal|commissioner))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Appointment();

    // "Her replacement at the Health Ministry is Dr Kofi Anselm", "his successor, Alan Reid", "Valdivieso's successor at CMA,
    // Lorena Bustamante Vera".
    [GeneratedRegex(@"\b(?:replaced\s+by|succeeded\s+by|(?:is|was|will\s+be)\s+replaced\s+by|successor\s+is|(?:his|her|their|its|[\w-]+['’]s)\s+(?:replacement|successor)\b|take[sn]?\s+over|took\s+over|taking\s+over|(?:will|would)\s+(?:lead|run|head|chair|act\s+as)|(?:acting|interim|caretaker)\s+(?:leader|chief|chairman|chairwoman|chair|boss|head|manager|director|minister|president|commissioner|coach|governor|mayor|principal|secretary|editor|captain)|becomes\s+the\s+(?:new|third|second|fourth)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SuccessorSaid();
}
