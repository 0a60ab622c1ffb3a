using Bot.Core.Retrieval;

namespace Bot.Web.Endpoints;

/// <summary><c>GET /healthz</c>: the host is up, with the size of the loaded index and the memory it uses (for load tests).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", (NewsIndex index) => Results.Ok(new HealthBody(
            "ok", index.Articles.Count, index.Chunks.Count, GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet)));
        return routes;
    }

    private sealed record HealthBody(string Status, int Articles, int Passages, long ManagedBytes, long WorkingSetBytes);
}
