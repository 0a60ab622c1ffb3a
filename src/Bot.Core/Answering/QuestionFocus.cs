using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>Finds the word a question hinges on: the head of "what is the X of …", the verb of "how did Y X on …".</summary>
/// <remarks>
/// "What is the population of Kabul?" shares "Kabul" with many sentences, but only a sentence about
/// population can answer it. When no sentence covers the focus word (exactly or as a close synonym), every
/// candidate is marked down, so the answerer says the articles do not cover it instead of quoting a
/// sentence that merely mentions Kabul.
/// </remarks>
public static partial class QuestionFocus
{
    /// <summary>The focus word of <paramref name="question"/>, or null when its shape names none.</summary>
    public static string? Find(string question)
    {
        var copular = CopularPattern().Match(question);
        if (copular.Success)
        {
            return copular.Groups["head"].Value;
        }

        var verb = HowDidPattern().Match(question);
        return verb.Success ? verb.Groups["verb"].Value : null;
    }

    // "What is the population of Kabul?", "Who was the head of the council?": the head noun before of/in/for.
    [GeneratedRegex(@"^\s*(what|who|which)\s+(is|was|are|were)\s+the\s+(?:[\w’'-]+\s+){0,3}?(?<head>[\w-]+)\s+(of|in|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CopularPattern();

    // "How did Pakistan's parliament vote on …": the verb that follows the subject.
    [GeneratedRegex(@"^\s*how\s+(did|does|do|will|would)\s+(?:[\w’'-]+\s+){1,4}?(?<verb>[a-z]+)\s+(on|about|over|against|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowDidPattern();
}
