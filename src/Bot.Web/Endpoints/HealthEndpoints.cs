using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Bot.Web.State;

namespace Bot.Web.Endpoints;

/// <summary>
/// <c>GET /healthz</c>: the host is up, with the size of the loaded index and the memory it uses (for load tests).
/// Status is "degraded" (still 200, as ASP.NET's health checks report it: questions are answered) while the index
/// cannot be saved, with the reason in <c>problem</c>, or while shared conversation state cannot be reached; every
/// host shares that store, so taking this one out of the balancer would help nobody.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", async (NewsIndex index, IndexHealth health, IStateHealth state) =>
        {
            var reachable = await state.IsReachableAsync();
            var problem = health.SaveProblem ?? (reachable ? null : $"conversation state ({state.Store}) cannot be reached");
            return Results.Ok(new HealthBody(
                health.IsDegraded || !reachable ? "degraded" : "ok", problem, index.Articles.Count, index.Chunks.Count,
                GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet, new StateHealthBody(state.Store, reachable)));
        });
        return routes;
    }

    private sealed record HealthBody(string Status, string? Problem, int Articles, int Passages, long ManagedBytes, long WorkingSetBytes, StateHealthBody State);

    private sealed record StateHealthBody(string Store, bool Reachable);
}
