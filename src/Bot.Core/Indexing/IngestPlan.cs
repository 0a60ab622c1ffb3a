using Bot.Core.Articles;
using Bot.Core.Ingestion;

namespace Bot.Core.Indexing;

/// <summary>How newly read articles change the index: what to (re)index and what to remove.</summary>
/// <param name="Fresh">Articles to embed and upsert; an upsert replaces the passages of an indexed article with the same id.</param>
/// <param name="Removed">Indexed ids to drop: duplicates of something else, including updated files that now repeat another article.</param>
internal sealed record IngestPlan(IReadOnlyList<NewsArticle> Fresh, IReadOnlySet<string> Removed)
{
    /// <summary>
    /// Plans the ingest of <paramref name="read"/> into <paramref name="indexed"/> and records merges and updates
    /// in the read's report.
    /// </summary>
    /// <remarks>
    /// An indexed article whose id is being re-ingested leaves the duplicate check, so an update is never merged
    /// into its own old version. Indexed articles go first, so a new copy of an old story merges into the old id
    /// and old citations keep working.
    /// </remarks>
    public static IngestPlan For(IngestionResult read, IReadOnlyDictionary<string, NewsArticle> indexed, DuplicateDetector duplicates)
    {
        var incoming = read.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var existing = indexed.Values.Where(a => !incoming.Contains(a.Id)).ToList();
        var existingIds = existing.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var merged = duplicates.Merge([.. existing, .. read.Articles]);
        var kept = merged.Kept.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        var fresh = read.Articles.Where(a => kept.Contains(a.Id)).ToList();
        var removed = indexed.Keys.Where(id => !kept.Contains(id)).ToHashSet(StringComparer.Ordinal);
        read.Report.AddMerges(merged.Merged.Where(m => existingIds.Contains(m.DuplicateId) || existingIds.Contains(m.KeptId)));
        var replaced = fresh.Where(a => indexed.ContainsKey(a.Id)).ToList();
        read.Report.MarkUpdated(replaced.Where(a => !SameContent(indexed[a.Id], a)).Select(a => a.Id));
        read.Report.MarkUnchanged(replaced.Where(a => SameContent(indexed[a.Id], a)).Select(a => a.Id));
        return new IngestPlan(fresh, removed);
    }

    // Unchanged articles are still re-chunked and re-embedded, because the index does not record the chunking
    // settings it was built with; they are only reported apart so a re-run over an archive names the real updates.
    private static bool SameContent(NewsArticle indexed, NewsArticle incoming) =>
        indexed with { SourcePath = incoming.SourcePath } == incoming;
}
