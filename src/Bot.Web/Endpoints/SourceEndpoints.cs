using Bot.Core.Articles;
using Bot.Core.Retrieval;

namespace Bot.Web.Endpoints;

/// <summary><c>GET /sources/{articleId}?start=N&amp;end=M</c>: the cleaned article, with the cited span marked.</summary>
/// <remarks>
/// Article ids are paths such as <c>tech/042.txt</c>, so the route is a catch-all. Links write the slash as a slash;
/// an escaped <c>%2F</c> (which the server leaves escaped) is accepted too, for links built by other clients.
/// </remarks>
internal static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/sources/{**articleId}", async (string articleId, int? start, int? end, IPassageStore store, RemovedArticles removals, CancellationToken cancellationToken) =>
        {
            if (Removed(removals, articleId) is { } removal)
            {
                return Html(SourcePage.Removed(removal), StatusCodes.Status410Gone);
            }

            return await FindAsync(store, articleId, cancellationToken) is { } article
                ? Html(SourcePage.Render(article, start, end), StatusCodes.Status200OK)
                : Html(SourcePage.NotFound(articleId), StatusCodes.Status404NotFound);
        });
        return routes;
    }

    private static IResult Html(string page, int status) => Results.Content(page, "text/html; charset=utf-8", statusCode: status);

    // Read before the store: a host started before the removal still holds the article, but its text must not be served.
    private static ArticleRemoval? Removed(RemovedArticles removals, string articleId) =>
        removals.Find(articleId) ?? removals.Find(articleId.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase));

    private static async Task<NewsArticle?> FindAsync(IPassageStore store, string articleId, CancellationToken cancellationToken)
    {
        var unescaped = articleId.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        var found = await store.ArticlesAsync([articleId, unescaped], cancellationToken);
        return found.GetValueOrDefault(articleId) ?? found.GetValueOrDefault(unescaped);
    }
}
