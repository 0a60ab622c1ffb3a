using System.Collections.Concurrent;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>A word's one analysed term ("cutting" → "cut"), cached: word tables check every candidate sentence's words against every question word.</summary>
internal static class WordTerms
{
    private const int MaxCachedWords = 200_000;
    private static readonly ConcurrentDictionary<string, string> Terms = new(StringComparer.Ordinal);

    /// <summary>The word's term, or null when it analyses to none (a stop word) or to several.</summary>
    public static string? Of(string word)
    {
        if (!Terms.TryGetValue(word, out var term))
        {
            if (Terms.Count > MaxCachedWords)
            {
                Terms.Clear();
            }

            term = EnglishTerms.Analyze(word) is [var only] ? only : string.Empty;
            Terms[word] = term;
        }

        return term.Length == 0 ? null : term;
    }
}
