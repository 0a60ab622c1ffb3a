namespace Bot.Core.Ingestion;

/// <summary>
/// Decides whether a line break inside plain text is a paragraph break or a wrap. Scraped articles use
/// single newlines both ways: some put one between paragraphs, others break a sentence mid-way
/// ("in the\nfinancial hub"). A line that does not finish its sentence and runs on into lower case,
/// or that stops on a comma or a word like "the", is a wrap.
/// </summary>
internal static class LineJoiner
{
    private static readonly HashSet<string> RunOnWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "to", "and", "or", "but", "for", "with", "by", "at", "from", "that",
        "which", "who", "as", "into", "than", "its", "their", "his", "her", "is", "are", "was", "were", "has", "have",
    };

    /// <summary>The text to put between the lines when they belong together, or null for a paragraph break.</summary>
    public static string? Joiner(string previous, string next)
    {
        var prev = previous.TrimEnd();
        if (prev.Length == 0 || next.Length == 0 || BlockShapes.EndsSentence(prev) || prev.EndsWith(':'))
        {
            return null;
        }

        var startsLower = char.IsLower(next[0]);
        if (startsLower && prev.Length > 1 && prev[^1] == '-' && char.IsLetter(prev[^2]))
        {
            return string.Empty;
        }

        return startsLower || prev.EndsWith(',') || RunOnWords.Contains(LastWord(prev)) ? " " : null;
    }

    private static string LastWord(string text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }
}
