using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>A correction a newsroom appends to a story: "Correction: An earlier version of this story said the plant employs
/// 410 people. It employs 310."</summary>
/// <remarks>
/// The sentence that retracts holds the figure the newsroom withdrew, and only the sentence after it holds the right one.
/// Quoted alone, the retraction showed readers the withdrawn figure: "What year was the Storlivatn power station finished?"
/// was answered "… stated that the Storlivatn power station was completed in 1968", and the look-up "which article says
/// 4,300 pupils were affected" was confirmed by "An earlier version of this report said 4,300 pupils were affected". So the
/// answerer reads the two as one sentence (CandidateSentence.From), and a look-up is held to what the story says now.
/// </remarks>
public static partial class Corrections
{
    /// <summary>True when <paramref name="sentence"/> withdraws something an earlier version of its story said.</summary>
    public static bool Retracts(string sentence) => Retraction().IsMatch(sentence);

    /// <summary>What <paramref name="text"/> says once corrected: the text after its retracting sentence, or all of it when it
    /// retracts nothing.</summary>
    public static string Current(string text)
    {
        var retraction = Retraction().Match(text);
        if (!retraction.Success)
        {
            return text;
        }

        // The retracting sentence ends at the first stop that a new sentence follows ("14.1 percent" has none).
        var end = SentenceEnd().Match(text, retraction.Index + retraction.Length);
        return end.Success ? text[(end.Index + end.Length)..] : string.Empty;
    }

    [GeneratedRegex(@"\b(?:an\s+)?earlier\s+version\s+of\s+this\s+(?:story|article|report|piece|item)\b|^\W*(?:correction|clarification)(?:\s+note)?\s*:\s*this\s+(?:story|article|report)\s+was\s+amended\b", RegexOptions.IgnoreCase)]
    private static partial Regex Retraction();

    [GeneratedRegex(@"[.!?][""”’']?\s+(?=[\p{Lu}""“‘'])")]
    private static partial Regex SentenceEnd();
}
