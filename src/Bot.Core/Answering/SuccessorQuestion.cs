using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>"Who took over from him?", "Who will lead the council now Morag Dunlop has quit?": a successor asked for, and the
/// sentence that names one.</summary>
/// <remarks>
/// A story about a resignation leads with the one who went ("Roads minister Peter Hanbury has resigned …"), which restates
/// such a question and names no one new; the successor comes later, in words of its own ("He is replaced by Linda Okafor",
/// "Her deputy, Alasdair Reid, will lead the council until …", "… would take over as acting chief executive"). So when the
/// best sentence names no successor, the best sentence of its story that does leads.
/// </remarks>
public static partial class SuccessorQuestion
{
    /// <summary>True when <paramref name="question"/> asks who follows someone in a post.</summary>
    public static bool Asked(string question) => SuccessorAsked().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> says someone follows another in a post.</summary>
    public static bool Names(string sentence) => SuccessorSaid().IsMatch(sentence);

    // "Who took over from him?", "who replaced Hanbury", "who succeeds her", "Who is running Corrin now that Martin Ashby has
    // walked out?", "who will lead the council now Morag Dunlop has quit?". Not "When did she take over?".
    [GeneratedRegex(@"^\W*(?:and\s+)?who\b.*\b(?:(?:take|takes|taking|took|taken)\s+over|replace[sd]?|replacing|succeed(?:s|ed)?|succeeding)\b|^\W*(?:and\s+)?who\b.*\bnow\b.*\b(?:quit|quits|resigned|resigns|left|leaves|stepped\s+down|steps\s+down|walked\s+out|gone|departed|died|retired|sacked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuccessorAsked();

    [GeneratedRegex(@"\b(?:replaced\s+by|succeeded\s+by|(?:is|was|will\s+be)\s+replaced\s+by|successor\s+is|take[sn]?\s+over|took\s+over|taking\s+over|(?:will|would)\s+(?:lead|run|head|chair)|(?:acting|interim|caretaker)\s+(?:leader|chief|chairman|chairwoman|boss|head|manager|director|minister|president)|becomes\s+the\s+(?:new|third|second|fourth)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SuccessorSaid();
}
