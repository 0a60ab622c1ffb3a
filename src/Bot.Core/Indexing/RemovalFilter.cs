using Bot.Core.Articles;
using Bot.Core.Ingestion;

namespace Bot.Core.Indexing;

/// <summary>Keeps taken-down articles out of what a rebuild or the inbox read, and finds any still in the store.</summary>
internal static class RemovalFilter
{
    /// <summary>
    /// <paramref name="read"/> without the articles on the removal list; each one held back is reported as skipped,
    /// with the date and how to restore it.
    /// </summary>
    public static IngestionResult Apply(IngestionResult read, IReadOnlyDictionary<string, ArticleRemoval> removed)
    {
        if (removed.Count == 0)
        {
            return read;
        }

        var kept = new List<NewsArticle>();
        foreach (var article in read.Articles)
        {
            if (removed.TryGetValue(ArticleIds.Normalize(article.Id), out var removal))
            {
                read.Report.Withhold(article.Id, new FileIssue(article.SourcePath, Reason(removal)));
            }
            else
            {
                kept.Add(article);
            }
        }

        return read with { Articles = kept };
    }

    /// <summary>The ids among <paramref name="ids"/> that are on the removal list.</summary>
    public static HashSet<string> Listed(IEnumerable<string> ids, IReadOnlyDictionary<string, ArticleRemoval> removed) =>
        ids.Where(id => removed.ContainsKey(ArticleIds.Normalize(id))).ToHashSet(StringComparer.Ordinal);

    /// <summary>"removed on 2026-11-01 (bot remove); ingest it explicitly to restore it".</summary>
    public static string Reason(ArticleRemoval removal) => $"{removal.Describe()}; ingest it explicitly to restore it";
}
