using Bot.Core.Articles;
using Bot.Core.Chunking;
using Microsoft.Extensions.VectorData;

namespace Bot.Core.Retrieval;

/// <summary>The default store: this process's <see cref="NewsIndex"/> (Lucene BM25 and the int8 vector scan), saved to the index file.</summary>
public sealed class InMemoryPassageStore(NewsIndex index) : IPassageStore, IPassageWriter
{
    /// <inheritdoc />
    public Task<IReadOnlyList<(ArticleChunk Chunk, double Score)>> LexicalSearchAsync(string query, int top, SearchFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult(index.LexicalSearch(query, top, Predicate(filter)?.Compile()));

    /// <inheritdoc />
    public Task<IReadOnlyList<(ArticleChunk Chunk, double Score)>> VectorSearchAsync(ReadOnlyMemory<float> vector, int top, SearchFilter? filter, CancellationToken cancellationToken) =>
        Task.FromResult(index.Vectors.Search(vector.Span, top, new VectorSearchOptions<ArticleChunk> { Filter = Predicate(filter) }));

    /// <inheritdoc />
    public Task<ITermStatistics> TermStatisticsAsync(string text, CancellationToken cancellationToken) => Task.FromResult<ITermStatistics>(index.Lexical);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, NewsArticle>> ArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        var articles = index.Articles;
        IReadOnlyDictionary<string, NewsArticle> found = articleIds.Distinct(StringComparer.Ordinal)
            .Where(articles.ContainsKey).ToDictionary(id => id, id => articles[id], StringComparer.Ordinal);
        return Task.FromResult(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArticleChunk>> PassagesOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        var ids = articleIds.ToHashSet(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<ArticleChunk>>(index.Chunks.Where(c => ids.Contains(c.ArticleId)).ToList());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<NewsArticle>> LatestArticlesAsync(int count, string? folder, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NewsArticle>>(index.Articles.Values.Where(a => folder is null || ArticleIds.InFolder(a.Id, folder))
            .OrderByDescending(a => a.Published).ThenBy(a => a.Id, StringComparer.Ordinal).Take(count).ToList());

    /// <inheritdoc />
    public Task<CorpusOverview> OverviewAsync(CancellationToken cancellationToken)
    {
        var articles = index.Articles.Values.ToList();
        var dates = articles.Select(a => a.Published).OfType<DateOnly>().Order().ToList();
        var outlets = articles.Select(a => a.Outlet).OfType<string>().Distinct().Order().ToList();
        var folders = articles.Select(a => ArticleIds.Folder(a.Id)).OfType<string>().GroupBy(f => f, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.Count())).ToList();
        return Task.FromResult(new CorpusOverview(articles.Count, index.Chunks.Count, outlets, dates.Count > 0 ? dates[0] : null, dates.Count > 0 ? dates[^1] : null) 
        {
            Folders = folders,
            WithOutlet = articles.Count(a => a.Outlet is not null),
            Dated = dates.Count,
        });
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, NewsArticle>> AllArticlesAsync(CancellationToken cancellationToken) => Task.FromResult(index.Articles);

    /// <inheritdoc />
    public Task UpsertAsync(IReadOnlyList<NewsArticle> articles, IReadOnlyList<ArticleChunk> embeddedChunks, CancellationToken cancellationToken)
    {
        index.Upsert(articles, embeddedChunks);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(IReadOnlySet<string> articleIds, CancellationToken cancellationToken)
    {
        index.Remove(articleIds);
        return Task.CompletedTask;
    }

    private static System.Linq.Expressions.Expression<Func<ArticleChunk, bool>>? Predicate(SearchFilter? filter) =>
        filter is null || filter.IsEmpty ? null : filter.ToExpression();
}
