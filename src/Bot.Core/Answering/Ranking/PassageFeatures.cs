namespace Bot.Core.Answering.Ranking;

/// <summary>What the passage model sees of each retrieved passage: how its sentences scored, and how retrieval ranked it.</summary>
/// <remarks>
/// Ranking passages by their best sentence alone throws away two signals: a passage whose second sentence
/// also scores well usually holds the answer's context, and retrieval's own scores break the many near-ties
/// between passages on the same topic. Rows are built from the sentence rows (which carry the passage's
/// retrieval rank and scores) and the sentence model's probabilities, so no passage needs featurising twice.
/// </remarks>
public static class PassageFeatures
{
    /// <summary>The feature names, in vector order.</summary>
    public static readonly string[] Names =
    [
        "best_probability", "second_probability", "probability_sum", "best_gap", "sentences",
        "passage_rank", "fused_relative", "lexical_relative", "vector_score", "headline_overlap",
        "best_coverage", "best_context_coverage",
    ];

    public static readonly int Count = Names.Length;

    private static readonly int Rank = Index("passage_rank");
    private static readonly int[] Copied = [Rank, Index("fused_relative"), Index("lexical_relative"), Index("vector_score"), Index("headline_overlap")];
    private static readonly int[] FromBest = [Index("coverage"), Index("context_coverage")];

    /// <summary>The retrieval rank of the passage each candidate row came from.</summary>
    public static int PassageOf(float[] row) => (int)row[Rank];

    /// <summary>One row per passage that has candidates, keyed by its retrieval rank.</summary>
    public static Dictionary<int, float[]> From(IReadOnlyList<float[]> rows, IReadOnlyList<float> probabilities)
    {
        float poolBest = probabilities.Count == 0 ? 0 : probabilities.Max();
        return Enumerable.Range(0, rows.Count).GroupBy(i => PassageOf(rows[i]))
            .ToDictionary(g => g.Key, g => Row(g.OrderByDescending(i => probabilities[i]).ToList(), rows, probabilities, poolBest));
    }

    private static float[] Row(List<int> order, IReadOnlyList<float[]> rows, IReadOnlyList<float> probabilities, float poolBest)
    {
        var best = rows[order[0]];
        float top = probabilities[order[0]];
        return
        [
            top, order.Count > 1 ? probabilities[order[1]] : 0, order.Sum(i => probabilities[i]), poolBest - top, order.Count,
            .. Copied.Select(i => best[i]), .. FromBest.Select(i => best[i]),
        ];
    }

    private static int Index(string name) =>
        Array.IndexOf(SentenceFeatures.Names, name) is >= 0 and var i ? i : throw new InvalidOperationException($"No sentence feature named {name}.");
}
