namespace Bot.Core.Articles;

/// <summary>The indexed ids a mistyped one most likely meant: by prefix, then by file name, then by spelling.</summary>
public static class IdSuggestions
{
    /// <summary>Up to <paramref name="max"/> ids from <paramref name="known"/> closest to <paramref name="id"/>, best first.</summary>
    public static IReadOnlyList<string> Closest(string id, IEnumerable<string> known, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(known);
        var typed = ArticleIds.Normalize(id).ToLowerInvariant();
        return known
            .Select(k => (Id: k, Rank: Rank(typed, k.ToLowerInvariant())))
            .Where(c => c.Rank is not null)
            .OrderBy(c => c.Rank!.Value.Tier).ThenBy(c => c.Rank!.Value.Distance).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.Id)
            .ToList();
    }

    // Tier 0: the id starts with what was typed (a folder, or a name cut short, with or without its extension); 1: the
    // same file name, or one that starts with it, in another folder; 2: a near spelling of the whole id or of its file
    // name (a digit dropped, two swapped).
    private static (int Tier, int Distance)? Rank(string typed, string known)
    {
        if (StartsWith(known, typed) || StartsWith(known, Stem(typed)))
        {
            return (0, known.Length - typed.Length);
        }

        string typedName = Name(typed), knownName = Name(known);
        if (typedName == knownName || StartsWith(knownName, Stem(typedName)))
        {
            return (1, knownName.Length - typedName.Length);
        }

        int distance = Math.Min(Distance(typed, known), Distance(typedName, knownName));
        return distance <= Math.Max(2, typedName.Length / 4) ? (2, distance) : null;
    }

    // Two characters at least, so a bare "1" or ".txt" does not match every id.
    private static bool StartsWith(string known, string typed) => typed.Length >= 2 && known.StartsWith(typed, StringComparison.Ordinal);

    private static string Stem(string id) => Path.GetExtension(id).Length > 0 ? id[..^Path.GetExtension(id).Length] : id;

    private static string Name(string id) => id[(id.LastIndexOf('/') + 1)..];

    // Levenshtein distance over two rows: ids are short, and this runs only for an id that was not found.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
