using Bot.Core.Retrieval;
using Bot.Web.State;

namespace Bot.Web.Endpoints;

/// <summary>
/// <c>GET /healthz</c>: the host is up, with the size of the loaded index and the memory it uses (for load tests), and
/// whether conversation state can be reached. Unreachable state is "degraded" with 200, as ASP.NET's health checks
/// report it: the host itself is fine, and every host shares the same store, so taking this one out helps nobody.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", async (NewsIndex index, IStateHealth state) =>
        {
            var reachable = await state.IsReachableAsync();
            return Results.Ok(new HealthBody(
                reachable ? "ok" : "degraded", index.Articles.Count, index.Chunks.Count, GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet,
                new StateHealthBody(state.Store, reachable)));
        });
        return routes;
    }

    private sealed record HealthBody(string Status, int Articles, int Passages, long ManagedBytes, long WorkingSetBytes, StateHealthBody State);

    private sealed record StateHealthBody(string Store, bool Reachable);
}
