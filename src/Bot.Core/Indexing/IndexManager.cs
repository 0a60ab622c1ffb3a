using Bot.Core.Articles;
using Bot.Core.Ingestion;
using Bot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace Bot.Core.Indexing;

/// <summary>Opens, updates and saves the index: the only code that touches the index file.</summary>
public sealed class IndexManager(
    ArticleLoader loader,
    CorpusIndexer indexer,
    IIndexStorage storage,
    IPassageStore store,
    IPassageWriter writer,
    IOptions<PathsOptions> paths,
    IOptions<InboxOptions> inbox,
    IndexHealth health,
    IngestPriority priority,
    RemovedArticles removals)
{
    // A save that fails once (a virus scanner holding the file, a full disk freed a moment later) often succeeds soon after.
    private static readonly TimeSpan[] SaveRetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)];

    /// <summary>Where the index is kept: the index file (absolute) or the search service's index.</summary>
    public string IndexPath => storage.Location;

    /// <summary>
    /// Loads the saved index. When it is missing, stale or damaged, rebuilds it from the seeds and every other source
    /// (the inbox's processed files, as later updates), keeps a damaged file aside, and says why in the first line.
    /// Articles on the removal list stay out either way.
    /// </summary>
    public async Task<IReadOnlyList<string>> OpenAsync(IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var opening = await storage.OpenAsync(cancellationToken).ConfigureAwait(false);
        return opening.Problem is null
            ? await DropRemovedAsync(cancellationToken).ConfigureAwait(false)
            : await RebuildAsync(opening, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads <paramref name="paths"/>, merges duplicates (also against what is indexed), indexes and saves. A file
    /// whose id is already indexed is an update: its old passages are replaced and the report lists it as updated.
    /// Naming a file is explicit, so a removed article among them is restored (taken off the removal list).
    /// </summary>
    public Task<IngestOutcome> IngestAsync(
        IEnumerable<string> paths,
        IProgress<IngestionProgress>? readProgress = null,
        IProgress<IndexingProgress>? indexProgress = null,
        CancellationToken cancellationToken = default) =>
        AddAsync(loader.Load(paths, readProgress, ReadParallelism, cancellationToken), indexProgress, save: true, restore: true, cancellationToken);

    /// <summary>
    /// As <see cref="IngestAsync"/>, for files whose ids the caller has already decided (the inbox); removed articles
    /// among them are skipped, since a feed may deliver a taken-down article again.
    /// </summary>
    public Task<IngestOutcome> IngestFilesAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken = default) =>
        AddAsync(loader.LoadFiles(files, cancellationToken: cancellationToken), null, save: true, restore: false, cancellationToken);

    /// <summary>
    /// Saves, retrying briefly; on failure the index stays usable in memory, <see cref="IndexHealth"/> says why, and
    /// the caller keeps whatever it needs to redo the work after a restart.
    /// </summary>
    public async Task<bool> TrySaveAsync(CancellationToken cancellationToken = default)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                Save();
                health.Saved();
                return true;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                if (attempt == SaveRetryDelays.Length)
                {
                    health.SaveFailed($"saving {IndexPath} failed: {error.Message}");
                    return false;
                }

                await Task.Delay(SaveRetryDelays[attempt], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes the current index to the configured file, atomically; throws when it cannot.</summary>
    public void Save() => storage.Save();

    private async Task<IReadOnlyList<string>> RebuildAsync(StorageOpening opening, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        var folders = RebuildFolders();
        var messages = new List<string> { $"Rebuilding the index from {string.Join(" and ", folders)}: {opening.Problem}." };
        var (mayOverwrite, aside) = (opening.MayOverwrite, opening.Aside);
        if (aside is not null)
        {
            messages.Add(aside);
        }

        // One folder at a time, seeds first: a processed inbox file with a seed's id is a later version and must win.
        int articles = 0;
        foreach (var folder in folders)
        {
            var outcome = await AddAsync(loader.Load([folder], cancellationToken: cancellationToken), progress, save: false, restore: false, cancellationToken).ConfigureAwait(false);
            messages.AddRange(outcome.Report.SummaryLines());
            articles = outcome.TotalArticles;
        }

        if (!mayOverwrite)
        {
            health.SaveFailed(aside!);
        }
        else if (articles == 0)
        {
            // An empty index saved would be loaded as it is at every later start, so a seeds path put right
            // afterwards would never be read; left unsaved, the next start looks again.
            messages.Add($"Nothing was indexed, so no index was saved: put articles in {paths.Value.SeedsPath} (Bot:Paths:Seeds), or add them with `bot ingest FOLDER`.");
        }
        else if (!await TrySaveAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add($"The rebuilt index is in memory only: {health.SaveProblem}.");
        }

        return messages;
    }

    // Reading and cleaning files on every core while nothing else runs; one file at a time in background ingestion.
    private int ReadParallelism => priority.InBackground ? 1 : Environment.ProcessorCount;

    private List<string> RebuildFolders() =>
        Directory.Exists(inbox.Value.ProcessedPath) ? [paths.Value.SeedsPath, inbox.Value.ProcessedPath] : [paths.Value.SeedsPath];

    // A removed article still in this process's store (a host started before the removal) leaves it here, so that
    // saving never writes it back into the index file.
    private async Task<IngestOutcome> AddAsync(IngestionResult loaded, IProgress<IndexingProgress>? progress, bool save, bool restore, CancellationToken cancellationToken)
    {
        var restored = restore ? removals.Restore(loaded.Articles.Select(a => a.Id)) : [];
        var removed = removals.All();
        var read = RemovalFilter.Apply(loaded, removed);
        var indexed = await writer.AllArticlesAsync(cancellationToken).ConfigureAwait(false);
        var plan = IngestPlan.For(read, indexed, loader.Duplicates);
        var dropped = plan.Removed.Union(RemovalFilter.Listed(indexed.Keys, removed)).ToHashSet(StringComparer.Ordinal);
        if (dropped.Count > 0)
        {
            await writer.RemoveAsync(dropped, cancellationToken).ConfigureAwait(false);
        }

        var indexing = await indexer.IndexAsync(plan.Fresh, progress, cancellationToken).ConfigureAwait(false);
        bool saved = !save || await TrySaveAsync(cancellationToken).ConfigureAwait(false);
        var size = await store.OverviewAsync(cancellationToken).ConfigureAwait(false);
        return new IngestOutcome(read.Report, indexing, size.Articles, size.Passages, saved, restored);
    }

    // A loaded index can still hold a removed article when the save after a removal failed, or when the file was
    // written by a host started before it; the removal list wins.
    private async Task<IReadOnlyList<string>> DropRemovedAsync(CancellationToken cancellationToken)
    {
        var removed = removals.All();
        if (removed.Count == 0)
        {
            return [];
        }

        var present = await store.ArticlesAsync([.. removed.Keys], cancellationToken).ConfigureAwait(false);
        var stale = RemovalFilter.Listed(present.Keys, removed);
        if (stale.Count == 0)
        {
            return [];
        }

        await writer.RemoveAsync(stale, cancellationToken).ConfigureAwait(false);
        bool saved = await TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return [$"Left out {stale.Count} removed article(s) the index still held: {string.Join(", ", stale.Order(StringComparer.Ordinal))}{(saved ? "." : $"; the index could not be saved: {health.SaveProblem}.")}"];
    }
}

/// <summary>What an ingest run did, and the size of the index after it.</summary>
/// <param name="Saved">False when the index could not be written: it is answered from, but a restart would not have it.</param>
/// <param name="Restored">Removed articles this ingest brought back (an explicit <c>bot ingest</c> of their files).</param>
public sealed record IngestOutcome(IngestionReport Report, IndexingReport Indexing, int TotalArticles, int TotalChunks, bool Saved, IReadOnlyList<ArticleRemoval> Restored);
