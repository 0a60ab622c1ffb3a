using Azure.Search.Documents;
using Azure.Search.Documents.Models;
using Bot.Core.Articles;
using Bot.Core.Chunking;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>
/// Reads everything from Azure AI Search: BM25 and vector candidates (two requests with the same filter, fused by
/// <see cref="HybridRetriever"/> exactly as in memory), term statistics, and articles from the articles index.
/// </summary>
public sealed class AzureSearchPassageStore(AzureSearchIndexes indexes, AzureSearchCalls calls) : IPassageStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<(ArticleChunk Chunk, double Score)>> LexicalSearchAsync(string query, int top, SearchFilter? filter, CancellationToken cancellationToken)
    {
        var options = Passages(top, filter);
        options.QueryType = SearchQueryType.Simple;
        options.SearchMode = SearchMode.Any;
        options.SearchFields.Add("text");
        if (indexes.Titles)
        {
            options.SearchFields.Add("title");
            options.ScoringProfile = AzureSearchSchema.TitleProfile;
        }

        return calls.RunAsync(() => SearchPassagesAsync(SimpleQuery.Escape(query), options, score => score, cancellationToken));
    }

    /// <inheritdoc />
    /// <remarks>The service scores cosine as 1 / (2 − cos); it is turned back into the cosine the fusion and the ranker expect.</remarks>
    public Task<IReadOnlyList<(ArticleChunk Chunk, double Score)>> VectorSearchAsync(ReadOnlyMemory<float> vector, int top, SearchFilter? filter, CancellationToken cancellationToken)
    {
        var options = Passages(top, filter);
        options.VectorSearch = new() { Queries = { new VectorizedQuery(vector) { KNearestNeighborsCount = top, Fields = { "embedding" } } } };
        return calls.RunAsync(() => SearchPassagesAsync(null, options, score => score > 0 ? 2 - (1 / score) : 0, cancellationToken));
    }

    /// <inheritdoc />
    public Task<ITermStatistics> TermStatisticsAsync(string text, CancellationToken cancellationToken) =>
        calls.RunAsync(() => ServiceTermStatistics.CountAsync(indexes.Passages, text, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, NewsArticle>> ArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken) =>
        calls.RunAsync(() => ArticleReads.ByIdsAsync(indexes.Articles, articleIds, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyList<ArticleChunk>> PassagesOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<ArticleChunk>>([]);
        }

        var options = Passages(1000, null);
        options.Filter = ODataFilters.ArticleIn(articleIds);
        var order = articleIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        return calls.RunAsync(async () =>
        {
            var found = await SearchPassagesAsync(null, options, s => s, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<ArticleChunk>)[.. found.Select(f => f.Chunk).OrderBy(c => order.GetValueOrDefault(c.ArticleId)).ThenBy(c => c.Ordinal)];
        });
    }

    // The articles index has no folder field, so this store names no folders (CorpusOverview.Folders is empty) and
    // none holds an article here.
    /// <inheritdoc />
    public Task<IReadOnlyList<NewsArticle>> LatestArticlesAsync(int count, string? folder, CancellationToken cancellationToken) =>
        folder is null ? calls.RunAsync(() => ArticleReads.LatestArticlesAsync(indexes.Articles, count, cancellationToken))
            : Task.FromResult<IReadOnlyList<NewsArticle>>([]);

    /// <inheritdoc />
    public Task<CorpusOverview> OverviewAsync(CancellationToken cancellationToken) =>
        calls.RunAsync(() => ArticleReads.OverviewAsync(indexes, cancellationToken));

    private static SearchOptions Passages(int top, SearchFilter? filter)
    {
        var options = new SearchOptions { Size = top, Filter = ODataFilters.For(filter) };
        foreach (var field in PassageDocument.Retrieved)
        {
            options.Select.Add(field);
        }

        return options;
    }

    private async Task<IReadOnlyList<(ArticleChunk Chunk, double Score)>> SearchPassagesAsync(string? text, SearchOptions options, Func<double, double> score, CancellationToken cancellationToken)
    {
        var response = await indexes.Passages.SearchAsync<PassageDocument>(text, options, cancellationToken).ConfigureAwait(false);
        var hits = new List<(ArticleChunk, double)>();
        await foreach (var result in response.Value.GetResultsAsync().ConfigureAwait(false))
        {
            hits.Add((result.Document.ToChunk(), score(result.Score ?? 0)));
        }

        return hits;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A passage read from the service holds only its own text; one from the in-memory store is a slice of its article's
    /// body. Read with its article's body, a passage is answered the same way from either store (AzureSearchGoldenTests).
    /// One request for the fused passages' articles, rather than one per candidate list: the two lists mostly share them.
    /// </remarks>
    public async Task<IReadOnlyList<SearchHit>> InTheirArticlesAsync(IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        if (hits.Count == 0)
        {
            return hits;
        }

        var articles = await calls.RunAsync(() => ArticleReads.ByIdsAsync(indexes.Articles, hits.Select(h => h.Chunk.ArticleId).ToList(), cancellationToken)).ConfigureAwait(false);
        return hits.Select(h => articles.TryGetValue(h.Chunk.ArticleId, out var article) && SlicesTo(article.Body, h.Chunk)
            ? h with { Chunk = h.Chunk with { Body = article.Body } } : h).ToList();
    }

    private static bool SlicesTo(string body, ArticleChunk chunk) =>
        chunk.End <= body.Length && chunk.Start >= 0 && chunk.Start <= chunk.End
        && body.AsSpan(chunk.Start, chunk.End - chunk.Start).SequenceEqual(chunk.Text);
}
