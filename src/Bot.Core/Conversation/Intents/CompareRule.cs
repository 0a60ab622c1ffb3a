using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>Recognises "compare the Afghan and Iranian talks" and "how did X and Y differ?" before the classifier runs.</summary>
/// <remarks>
/// Comparing two strands of coverage is a summary of both, side by side under their headlines; the classifier was
/// never shown the word and read these as questions, which one sentence cannot answer.
/// </remarks>
internal static partial class CompareRule
{
    /// <summary>True when the message asks to compare two topics.</summary>
    public static bool IsMatch(string utterance) => Compare().IsMatch(utterance);

    [GeneratedRegex(
        @"^\s*(?:(?:please|pls|so|and|ok|okay)[\s,]+)?(?:(?:can|could)\s+you\s+(?:please\s+)?)?(?:compare|contrast)\s+\S.*\s(?:and|with|to|vs\.?|versus)\s+\S",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Compare();
}
