using Bot.Core.Articles;

namespace Bot.Core.Retrieval;

/// <summary>Single-article conveniences over <see cref="IPassageStore"/>.</summary>
public static class PassageStoreExtensions
{
    /// <summary>The article with <paramref name="articleId"/>, or null when the store has none.</summary>
    public static async Task<NewsArticle?> FindArticleAsync(this IPassageStore store, string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var found = await store.ArticlesAsync([articleId], cancellationToken).ConfigureAwait(false);
        return found.GetValueOrDefault(articleId);
    }
}
