using Bot.Core.Chunking;

namespace Bot.Core.Retrieval;

/// <summary>Ways to merge a lexical and a vector ranking into one.</summary>
public static class ScoreFusion
{
    /// <summary>lexicalWeight × min-max-normalised BM25 + (1 − lexicalWeight) × cosine.</summary>
    public static List<(ArticleChunk Chunk, double Score)> Weighted(
        IReadOnlyList<(ArticleChunk Chunk, double Score)> lexical,
        IReadOnlyList<(ArticleChunk Chunk, double Score)> vector,
        double lexicalWeight)
    {
        double max = lexical.Count == 0 ? 0 : lexical.Max(l => l.Score);
        double min = lexical.Count == 0 ? 0 : lexical.Min(l => l.Score);
        var scores = new Dictionary<string, (ArticleChunk Chunk, double Score)>(StringComparer.Ordinal);
        foreach (var (chunk, score) in lexical)
        {
            double normalised = max > min ? (score - min) / (max - min) : 1.0;
            scores[chunk.Id] = (chunk, lexicalWeight * normalised);
        }

        foreach (var (chunk, cosine) in vector)
        {
            var current = scores.GetValueOrDefault(chunk.Id, (chunk, 0.0));
            scores[chunk.Id] = (chunk, current.Item2 + ((1 - lexicalWeight) * cosine));
        }

        return Ordered(scores.Values);
    }

    /// <summary>Reciprocal rank fusion: Σ 1 / (k + rank) over both rankings.</summary>
    public static List<(ArticleChunk Chunk, double Score)> Reciprocal(IReadOnlyList<ArticleChunk> lexical, IReadOnlyList<ArticleChunk> vector, int k)
    {
        var scores = new Dictionary<string, (ArticleChunk Chunk, double Score)>(StringComparer.Ordinal);
        foreach (var ranking in new[] { lexical, vector })
        {
            for (int rank = 0; rank < ranking.Count; rank++)
            {
                var current = scores.GetValueOrDefault(ranking[rank].Id, (ranking[rank], 0.0));
                scores[ranking[rank].Id] = (ranking[rank], current.Item2 + (1.0 / (k + rank + 1)));
            }
        }

        return Ordered(scores.Values);
    }

    /// <summary>
    /// The best <paramref name="top"/> of <paramref name="fused"/>, always holding the first <paramref name="heads"/> of
    /// each ranking (as far as <paramref name="top"/> allows), in fused order.
    /// </summary>
    /// <remarks>
    /// Rank fusion rewards a passage both lists hold over one only one list holds, however far ahead it is there: a claim
    /// with two rare words ("mixed messaging") finds its passage first by BM25, but when the encoder does not place it
    /// among its candidates, a dozen passages that merely name Pakistan in both lists outrank it and it never reaches
    /// the answerer. Each list's own best passages are too strong a signal to lose to fusion.
    /// </remarks>
    public static List<(ArticleChunk Chunk, double Score)> TopWithHeads(
        IReadOnlyList<(ArticleChunk Chunk, double Score)> fused, IReadOnlyList<ArticleChunk> lexical, IReadOnlyList<ArticleChunk> vector, int top, int heads)
    {
        var kept = lexical.Take(heads).Concat(vector.Take(heads)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var protectedFirst = fused.Where(f => kept.Contains(f.Chunk.Id)).Take(top).ToList();
        return Ordered(protectedFirst.Concat(fused.Where(f => !kept.Contains(f.Chunk.Id)).Take(top - protectedFirst.Count)));
    }

    private static List<(ArticleChunk Chunk, double Score)> Ordered(IEnumerable<(ArticleChunk Chunk, double Score)> scores) =>
        scores.OrderByDescending(s => s.Score).ThenBy(s => s.Chunk.Id, StringComparer.Ordinal).ToList();
}
