using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>Questions about how things stand now: "where's he coaching now?", "where does she work these days".</summary>
/// <remarks>
/// An archive follows people and events over time: a coach named in March may have another team by April. Asked how things
/// stand now, a later story answers, though an earlier one may match the question's words better.
/// </remarks>
public static partial class PresentQuestion
{
    /// <summary>True when <paramref name="question"/> asks how things stand now, or for the latest of something.</summary>
    public static bool Asks(string question) => Present().IsMatch(question);

    // "now" but not "until now", "by now", "from now on", "now that" (a reason, not a time) or "now-defunct".
    [GeneratedRegex(
        @"(?<!\b(?:until|till|up\s+to|by|from|just)\s+)\bnow\b(?!\s+that\b|\s+on\b|-)|\b(?:currently|these\s+days|nowadays|at\s+present|presently|at\s+the\s+moment|latest|most\s+recent)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Present();
}
