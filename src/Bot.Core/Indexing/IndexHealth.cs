namespace Bot.Core.Indexing;

/// <summary>
/// Whether the index in memory is also safe on disk. A failed save leaves the bot answering from memory, so it
/// keeps running, but a restart would lose what was added since: health checks must say so.
/// </summary>
public sealed class IndexHealth
{
    private volatile string? _saveProblem;

    /// <summary>Why the last save failed; null once a save succeeds.</summary>
    public string? SaveProblem => _saveProblem;

    /// <summary>True while the saved file is behind the index in memory.</summary>
    public bool IsDegraded => _saveProblem is not null;

    internal void Saved() => _saveProblem = null;

    internal void SaveFailed(string problem) => _saveProblem = problem;
}
