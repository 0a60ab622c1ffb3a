using Bot.Core.Retrieval;

namespace Bot.Web.Endpoints;

/// <summary><c>GET /sources/{articleId}?start=N&amp;end=M</c>: the cleaned article, with the cited span marked.</summary>
internal static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/sources/{articleId}", (string articleId, int? start, int? end, NewsIndex index) =>
            index.Articles.TryGetValue(articleId, out var article)
                ? Results.Content(SourcePage.Render(article, start, end), "text/html; charset=utf-8")
                : Results.Content(SourcePage.NotFound(articleId), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound));
        return routes;
    }
}
