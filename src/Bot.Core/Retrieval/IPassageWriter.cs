using Bot.Core.Articles;
using Bot.Core.Chunking;

namespace Bot.Core.Retrieval;

/// <summary>Writes articles and their embedded passages to the configured store (<c>Bot:Retrieval:Store</c>).</summary>
public interface IPassageWriter
{
    /// <summary>Every stored article, by id: what an ingest is planned against (updates, duplicates).</summary>
    Task<IReadOnlyDictionary<string, NewsArticle>> AllArticlesAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces articles; the old passages of a replaced article are removed first.</summary>
    Task UpsertAsync(IReadOnlyList<NewsArticle> articles, IReadOnlyList<ArticleChunk> embeddedChunks, CancellationToken cancellationToken);

    /// <summary>Removes articles and every passage of theirs.</summary>
    Task RemoveAsync(IReadOnlySet<string> articleIds, CancellationToken cancellationToken);
}
