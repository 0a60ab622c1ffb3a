using Bot.Core.Articles;
using Bot.Core.Chunking;

namespace Bot.Core.Retrieval;

/// <summary>
/// Where the bot reads articles and passages from: this process's index or a search service, chosen once at
/// composition by <c>Bot:Retrieval:Store</c>. Fusion, answering and the conversation layer stay the same on both.
/// </summary>
public interface IPassageStore
{
    /// <summary>BM25 candidates for <paramref name="query"/> with their scores, best first.</summary>
    Task<IReadOnlyList<(ArticleChunk Chunk, double Score)>> LexicalSearchAsync(string query, int top, SearchFilter? filter, CancellationToken cancellationToken);

    /// <summary>Vector candidates for <paramref name="vector"/> with their cosine similarity, best first; passages carry their sentence vectors.</summary>
    Task<IReadOnlyList<(ArticleChunk Chunk, double Score)>> VectorSearchAsync(ReadOnlyMemory<float> vector, int top, SearchFilter? filter, CancellationToken cancellationToken);

    /// <summary>Corpus statistics (passage count, document frequencies) for the terms of <paramref name="text"/>.</summary>
    Task<ITermStatistics> TermStatisticsAsync(string text, CancellationToken cancellationToken);

    /// <summary>The articles with the given ids that exist, by id.</summary>
    Task<IReadOnlyDictionary<string, NewsArticle>> ArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);

    /// <summary>
    /// The retrieved passages, each set in its article's body where the store found it without: a search service's passage
    /// holds only its own text, and the answerer reads what the story said before a passage (a name its lead introduced).
    /// Called once per search, after fusion, so the articles of both candidate lists are read together. Passages cut from
    /// their bodies, as this process's index cuts them, are returned as they are.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> InTheirArticlesAsync(IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken) => Task.FromResult(hits);

    /// <summary>The passages of the given articles (without vectors).</summary>
    Task<IReadOnlyList<ArticleChunk>> PassagesOfAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);

    /// <summary>
    /// The most recently published articles, newest first (undated ones last), then by id; only those in the top-level
    /// <paramref name="folder"/> when one is given (one of <see cref="CorpusOverview.Folders"/>). Their metadata only: a
    /// store may leave <see cref="NewsArticle.Body"/> empty.
    /// </summary>
    Task<IReadOnlyList<NewsArticle>> LatestArticlesAsync(int count, string? folder, CancellationToken cancellationToken);

    /// <summary>What the corpus holds: counts, outlets and the date range (for the greeting and health checks).</summary>
    Task<CorpusOverview> OverviewAsync(CancellationToken cancellationToken);
}
