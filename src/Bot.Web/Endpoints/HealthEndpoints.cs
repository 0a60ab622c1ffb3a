using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Bot.Web.State;

namespace Bot.Web.Endpoints;

/// <summary>
/// <c>GET /healthz</c>: the host is up, with the size of the index and the memory it uses (for load tests).
/// Status is "degraded" (still 200, as ASP.NET's health checks report it: questions are answered when they can be)
/// while the index cannot be saved, while the search service holding the passages does not answer, or while shared
/// conversation state cannot be reached, with the reason in <c>problem</c>; every host shares those services, so
/// taking this one out of the balancer would help nobody.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", async (IPassageStore store, PassageStoreHealth storeHealth, IndexHealth health, IStateHealth state, CancellationToken cancellationToken) =>
        {
            var reachable = await state.IsReachableAsync();
            var size = await SizeAsync(store, cancellationToken);
            var problem = health.SaveProblem ?? storeHealth.Problem ?? (reachable ? null : $"conversation state ({state.Store}) cannot be reached");
            return Results.Ok(new HealthBody(
                problem is null ? "ok" : "degraded", problem, size?.Articles ?? 0, size?.Passages ?? 0,
                GC.GetTotalMemory(forceFullCollection: false), Environment.WorkingSet, new StateHealthBody(state.Store, reachable)));
        });
        return routes;
    }

    // A search service that does not answer is what health must report, not a reason for the check itself to fail.
    private static async Task<CorpusOverview?> SizeAsync(IPassageStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.OverviewAsync(cancellationToken);
        }
        catch (PassageStoreUnavailableException)
        {
            return null;
        }
    }

    private sealed record HealthBody(string Status, string? Problem, int Articles, int Passages, long ManagedBytes, long WorkingSetBytes, StateHealthBody State);

    private sealed record StateHealthBody(string Store, bool Reachable);
}
