namespace Bot.Core.Indexing;

/// <summary>
/// How the configured store outlives the process: the index file for the in-memory store; for a search service,
/// the service itself (it keeps what it is sent, so there is nothing to save).
/// </summary>
public interface IIndexStorage
{
    /// <summary>Where the index lives (a file path or a service URL and index name), for logs and messages.</summary>
    string Location { get; }

    /// <summary>Loads what was kept into the store; says why not when the store must be rebuilt from the article folders.</summary>
    Task<StorageOpening> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Makes the store's current contents durable; throws <see cref="IOException"/> when it cannot.</summary>
    void Save();
}

/// <summary>The outcome of <see cref="IIndexStorage.OpenAsync"/>.</summary>
/// <param name="Problem">Null when the kept index was loaded; otherwise why it must be rebuilt.</param>
/// <param name="MayOverwrite">False when a damaged index could not be kept aside, so saving would destroy it.</param>
/// <param name="Aside">What happened to a damaged index (kept aside where, or why not).</param>
public sealed record StorageOpening(string? Problem, bool MayOverwrite = true, string? Aside = null)
{
    /// <summary>The kept index was loaded.</summary>
    public static readonly StorageOpening Loaded = new(Problem: null);
}
