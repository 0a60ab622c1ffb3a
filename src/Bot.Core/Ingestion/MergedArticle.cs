using System.Globalization;

namespace Bot.Core.Ingestion;

/// <summary>An article dropped as a duplicate of another that was kept.</summary>
/// <param name="DuplicateId">The id of the article that was dropped.</param>
/// <param name="KeptId">The id of the article that was kept in its place.</param>
/// <param name="Similarity">Jaccard similarity of the two bodies' word shingles (1 for an exact duplicate).</param>
public sealed record MergedArticle(string DuplicateId, string KeptId, double Similarity)
{
    /// <summary>A one-line description, for example "merged b.txt into a.txt (similarity 0.93)".</summary>
    public string Describe() => string.Format(
        CultureInfo.InvariantCulture,
        "merged {0} into {1} (similarity {2:0.00})",
        DuplicateId,
        KeptId,
        Similarity);
}
