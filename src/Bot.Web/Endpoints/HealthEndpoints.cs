using Bot.Core.Indexing;
using Bot.Core.Retrieval;

namespace Bot.Web.Endpoints;

/// <summary>
/// <c>GET /healthz</c>: the host is up, with the size of the loaded index and the memory it uses (for load tests). Status is
/// "degraded" (still 200: questions are answered) while the index cannot be saved, with the reason in <c>problem</c>.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", (NewsIndex index, IndexHealth health) => Results.Ok(new HealthBody(
            health.IsDegraded ? "degraded" : "ok", health.SaveProblem, index.Articles.Count, index.Chunks.Count, GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet)));
        return routes;
    }

    private sealed record HealthBody(string Status, string? Problem, int Articles, int Passages, long ManagedBytes, long WorkingSetBytes);
}
