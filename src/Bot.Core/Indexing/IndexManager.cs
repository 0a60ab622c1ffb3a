using Bot.Core.Embeddings;
using Bot.Core.Ingestion;
using Bot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Indexing;

/// <summary>Opens, updates and saves the index: the only code that touches the index file.</summary>
public sealed class IndexManager(
    ArticleLoader loader,
    CorpusIndexer indexer,
    NewsIndex index,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    IOptions<PathsOptions> paths,
    IOptions<InboxOptions> inbox,
    IndexHealth health,
    IngestPriority priority,
    TimeProvider clock)
{
    // A save that fails once (a virus scanner holding the file, a full disk freed a moment later) often succeeds soon after.
    private static readonly TimeSpan[] SaveRetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)];

    private readonly (string Name, int Dimensions) _embedder = EmbeddingGeneratorFactory.Describe(embedder);

    /// <summary>The index file this manager loads and saves (absolute).</summary>
    public string IndexPath => paths.Value.IndexPath;

    /// <summary>
    /// Loads the saved index. When it is missing, stale or damaged, rebuilds it from the seeds and every other source
    /// (the inbox's processed files, as later updates), keeps a damaged file aside, and says why in the first line.
    /// </summary>
    public async Task<IReadOnlyList<string>> OpenAsync(IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var loaded = IndexFile.Load(IndexPath, _embedder.Name, _embedder.Dimensions);
        if (loaded.Contents is { } contents)
        {
            index.Upsert(contents.Articles, contents.Chunks, contents.Codes);
            return [];
        }

        return await RebuildAsync(loaded, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads <paramref name="paths"/>, merges duplicates (also against what is indexed), indexes and saves. A file
    /// whose id is already indexed is an update: its old passages are replaced and the report lists it as updated.
    /// </summary>
    public Task<IngestOutcome> IngestAsync(
        IEnumerable<string> paths,
        IProgress<IngestionProgress>? readProgress = null,
        IProgress<IndexingProgress>? indexProgress = null,
        CancellationToken cancellationToken = default) =>
        AddAsync(loader.Load(paths, readProgress, ReadParallelism, cancellationToken), indexProgress, save: true, cancellationToken);

    /// <summary>As <see cref="IngestAsync"/>, for files whose ids the caller has already decided.</summary>
    public Task<IngestOutcome> IngestFilesAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken = default) =>
        AddAsync(loader.LoadFiles(files, cancellationToken: cancellationToken), null, save: true, cancellationToken);

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
    public void Save()
    {
        var (chunks, codes) = index.Vectors.Saved();
        IndexFile.Save(IndexPath, new IndexContents(_embedder.Name, _embedder.Dimensions, index.Articles.Values.ToList(), chunks, codes));
    }

    private async Task<IReadOnlyList<string>> RebuildAsync(IndexLoadResult loaded, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        var folders = RebuildFolders();
        var messages = new List<string> { $"Rebuilding the index from {string.Join(" and ", folders)}: {loaded.Problem}." };
        var (mayOverwrite, aside) = loaded.Damaged ? DamagedIndex.KeepAside(IndexPath, clock.GetUtcNow()) : (true, null);
        if (aside is not null)
        {
            messages.Add(aside);
        }

        // One folder at a time, seeds first: a processed inbox file with a seed's id is a later version and must win.
        foreach (var folder in folders)
        {
            var outcome = await AddAsync(loader.Load([folder], cancellationToken: cancellationToken), progress, save: false, cancellationToken).ConfigureAwait(false);
            messages.AddRange(outcome.Report.SummaryLines());
        }

        if (!mayOverwrite)
        {
            health.SaveFailed(aside!);
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

    private async Task<IngestOutcome> AddAsync(IngestionResult read, IProgress<IndexingProgress>? progress, bool save, CancellationToken cancellationToken)
    {
        var plan = IngestPlan.For(read, index.Articles, loader.Duplicates);
        if (plan.Removed.Count > 0)
        {
            index.Remove(plan.Removed);
        }

        var indexing = await indexer.IndexAsync(plan.Fresh, progress, cancellationToken).ConfigureAwait(false);
        bool saved = !save || await TrySaveAsync(cancellationToken).ConfigureAwait(false);
        return new IngestOutcome(read.Report, indexing, index.Articles.Count, index.Chunks.Count, saved);
    }
}

/// <summary>What an ingest run did, and the size of the index after it.</summary>
/// <param name="Saved">False when the index could not be written: it is answered from, but a restart would not have it.</param>
public sealed record IngestOutcome(IngestionReport Report, IndexingReport Indexing, int TotalArticles, int TotalChunks, bool Saved);
