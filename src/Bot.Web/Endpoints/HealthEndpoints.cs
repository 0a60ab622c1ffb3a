using Bot.Core.Retrieval;

namespace Bot.Web.Endpoints;

/// <summary><c>GET /healthz</c>: the host is up, with the size of the loaded index.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", (NewsIndex index) => Results.Ok(new HealthBody("ok", index.Articles.Count, index.Chunks.Count)));
        return routes;
    }

    private sealed record HealthBody(string Status, int Articles, int Passages);
}
