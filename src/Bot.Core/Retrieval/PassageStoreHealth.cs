namespace Bot.Core.Retrieval;

/// <summary>Whether the passage store's service answered its last call: health checks say "degraded" while it does not.</summary>
public sealed class PassageStoreHealth
{
    private volatile string? _problem;

    /// <summary>Why the last call failed; null once the service answers again (always null for the in-memory store).</summary>
    public string? Problem => _problem;

    internal void Answered() => _problem = null;

    internal void Failed(string problem) => _problem = problem;
}
