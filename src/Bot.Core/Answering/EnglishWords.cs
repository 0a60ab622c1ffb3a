namespace Bot.Core.Answering;

/// <summary>Whether a word is English as WordNet 3.1 writes it: a word of the embedded tables wordnet-synonyms.tsv or wordnet-words.tsv, in any regular inflection.</summary>
/// <remarks>
/// A word the articles never use may be a slip ("cheif") or simply a word they do not use ("mayor"); of the two, only
/// the second is English, though both are one slip from a word they use ("chief", "major"). wordnet-words.tsv holds
/// WordNet's single words of five letters or more that the thesaurus table does not (scripts/wordnet-words.py rebuilds
/// it). Words are compared as written, less a regular ending ("mayors", "announced", "largest"), not as stemmed terms:
/// stems join a slip to a word ("goverment" and "governess" share one). Read once, on first use.
/// </remarks>
public static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Listed = new(Read);

    private static readonly (string Ending, string Replacement)[] Endings =
    [
        ("s", ""), ("es", ""), ("ies", "y"), ("d", ""), ("ed", ""), ("ied", "y"), ("ing", ""), ("ing", "e"),
        ("r", ""), ("er", ""), ("ier", "y"), ("st", ""), ("est", ""), ("iest", "y"), ("ly", ""), ("ily", "y"),
    ];

    /// <summary>True when WordNet writes <paramref name="word"/>, or it with a regular ending taken off.</summary>
    public static bool Knows(string word)
    {
        string lower = word.ToLowerInvariant();
        return Listed.Value.Contains(lower) || Endings.Any(e => lower.Length > e.Ending.Length + 2 && lower.EndsWith(e.Ending, StringComparison.Ordinal)
            && Stems(lower[..^e.Ending.Length], e.Replacement).Any(Listed.Value.Contains));
    }

    // "stopped" → "stop" as well as "stopp".
    private static IEnumerable<string> Stems(string stem, string replacement)
    {
        yield return stem + replacement;
        if (replacement.Length == 0 && stem.Length > 3 && stem[^1] == stem[^2])
        {
            yield return stem[..^1];
        }
    }

    private static HashSet<string> Read()
    {
        var words = EmbeddedTable.Rows("Bot.Core.Answering.wordnet-words.tsv").Select(row => row.Line.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, line) in EmbeddedTable.Rows("Bot.Core.Answering.wordnet-synonyms.tsv"))
        {
            words.UnionWith(line.Split('\t', ' ').Where(w => w.Length > 0));
        }

        return words;
    }
}
