using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>"In the Harwick story, how many jobs are at risk?": the question without the words that point at the articles themselves.</summary>
/// <remarks>
/// A reader points at the story a question is about ("in the Harwick story", "according to the article"), but no story
/// writes "story" or "article" about itself, so the words count as question words its sentences miss: asked that way,
/// "How many jobs are at risk?" was refused, with the lead that holds 1,200 found and scored too low. The pointer goes
/// and what it names stays: "How many jobs are at risk, Harwick?". "The WHO report" is something a story reports on, so
/// "report" is left alone.
/// </remarks>
public static partial class StoryReference
{
    private const int MinWordsLeft = 3;

    /// <summary><paramref name="question"/> without its pointer at the articles, or null when it has none.</summary>
    public static string? Strip(string question)
    {
        if (Leading().Match(question) is { Success: true } lead)
        {
            return With(lead.Groups["question"].Value, lead.Groups["topic"].Value);
        }

        // "Who is in the story?" is left as it is: without the pointer nothing is asked.
        if (Trailing().Match(question) is { Success: true } trail && question[..trail.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinWordsLeft)
        {
            return With(question[..trail.Index], trail.Groups["topic"].Value);
        }

        return null;
    }

    // The question, then what the pointer named: "How many jobs are at risk, Harwick?".
    private static string With(string question, string topic)
    {
        string asked = question.Trim().TrimEnd('?', '.', '!', ',', ' ');
        string named = topic.Trim();
        asked = char.ToUpperInvariant(asked[0]) + asked[1..];
        return named.Length == 0 ? asked + "?" : $"{asked}, {named}?";
    }

    // "In the Harwick story, who …", "According to the article, how …", "In the story about the strike, what …".
    [GeneratedRegex(@"^\W*(?:(?:in|from)\s+the\s+(?:(?<topic>[^,]+?)\s+)?(?:story|article|piece)(?:\s+(?:about|on)\s+(?<topic>[^,]+?))?|according\s+to\s+the\s+(?:story|stories|article|articles|piece|text))\s*,\s*(?<question>(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    // "… in the Harwick story?", "…, according to the article?".
    [GeneratedRegex(@",?\s+(?:(?:in|from)\s+the\s+(?:(?<topic>[^,?]+?)\s+)?(?:story|article|piece)(?:\s+(?:about|on)\s+(?<topic>[^,?]+?))?|according\s+to\s+the\s+(?:story|stories|article|articles|piece|text))\s*[?.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();
}
