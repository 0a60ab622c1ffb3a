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
        routes.MapGet("/sources/{**articleId}", async (string articleId, int? start, int? end, IPassageStore store, CancellationToken cancellationToken) =>
            await FindAsync(store, articleId, cancellationToken) is { } article
                ? Results.Content(SourcePage.Render(article, start, end), "text/html; charset=utf-8")
                : Results.Content(SourcePage.NotFound(articleId), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
        return routes;
    }

    private static async Task<NewsArticle?> FindAsync(IPassageStore store, string articleId, CancellationToken cancellationToken)
    {
        var unescaped = articleId.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        var found = await store.ArticlesAsync([articleId, unescaped], cancellationToken);
        return found.GetValueOrDefault(articleId) ?? found.GetValueOrDefault(unescaped);
    }
}
