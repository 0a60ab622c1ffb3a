using Bot.Core.Articles;
using Bot.Core.Chunking;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Retrieval;

/// <summary>The searchable corpus: the articles, their embedded passages, and the lexical index over them.</summary>
/// <remarks>
/// Each change builds a new <see cref="State"/> and swaps it in whole, so a search in flight keeps reading a
/// consistent set of articles, passages and BM25 postings.
/// </remarks>
public sealed class NewsIndex(IEmbeddingGenerator<string, Embedding<float>> embedder, IOptions<RetrievalOptions> options) : IDisposable
{
    private readonly object _writeLock = new();
    private volatile State _state = State.Empty;

    /// <summary>The vector side of the index, usable through the VectorData search abstraction.</summary>
    public InMemoryVectorStore Vectors { get; } = new(embedder, options.Value.Scan);

    /// <summary>The articles by id.</summary>
    public IReadOnlyDictionary<string, NewsArticle> Articles => _state.Articles;

    /// <summary>The passages, in index order (the order the lexical index numbers them by).</summary>
    public IReadOnlyList<ArticleChunk> Chunks => _state.Chunks;

    internal LexicalIndex Lexical => _state.Lexical;

    /// <summary>BM25 candidates from one consistent state: the postings and the passages they number.</summary>
    internal IReadOnlyList<(ArticleChunk Chunk, double Score)> LexicalSearch(string query, int top, Func<ArticleChunk, bool>? filter)
    {
        var state = _state;
        var chunks = state.Chunks;
        return state.Lexical.Search(query, top, filter is null ? null : i => filter(chunks[i])).Select(l => (chunks[l.Index], (double)l.Score)).ToList();
    }

    /// <summary>Adds or replaces articles together with their embedded passages (and, from a saved index, their search codes).</summary>
    public void Upsert(IReadOnlyList<NewsArticle> articles, IReadOnlyList<ArticleChunk> embeddedChunks, Scanning.StoredCodes? codes = null)
    {
        lock (_writeLock)
        {
            var ids = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            Vectors.RemoveArticles(ids);
            Vectors.Upsert(embeddedChunks, codes);
            var merged = new Dictionary<string, NewsArticle>(_state.Articles, StringComparer.Ordinal);
            foreach (var article in articles)
            {
                merged[article.Id] = article;
            }

            Replace(merged);
        }
    }

    /// <summary>Removes articles and their passages (used when a duplicate replaces an earlier copy).</summary>
    public void Remove(IReadOnlySet<string> articleIds)
    {
        lock (_writeLock)
        {
            Vectors.RemoveArticles(articleIds);
            Replace(_state.Articles.Where(a => !articleIds.Contains(a.Key)).ToDictionary(StringComparer.Ordinal));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _state.Lexical.Dispose();

    private void Replace(Dictionary<string, NewsArticle> articles)
    {
        var chunks = Vectors.Chunks;
        var lexical = new LexicalIndex(chunks.Select(c => (c.Text, c.Title)), options.Value.TitleBoost);
        var previous = _state;
        _state = new State(articles, chunks, lexical);

        // Searches already running hold the old state; Lucene readers tolerate late disposal poorly, so the
        // previous RAM index is left to the garbage collector instead of being disposed here.
        GC.KeepAlive(previous);
    }

    private sealed record State(IReadOnlyDictionary<string, NewsArticle> Articles, IReadOnlyList<ArticleChunk> Chunks, LexicalIndex Lexical)
    {
        public static readonly State Empty = new(new Dictionary<string, NewsArticle>(), [], new LexicalIndex([]));
    }
}
