using Bot.Core.Articles;

namespace Bot.Core.Ingestion;

/// <summary>The articles a load produced and the report of what happened to every file.</summary>
/// <param name="Articles">The cleaned, de-duplicated articles, in file order.</param>
/// <param name="Report">What was ingested, merged, repaired and skipped.</param>
public sealed record IngestionResult(IReadOnlyList<NewsArticle> Articles, IngestionReport Report);
