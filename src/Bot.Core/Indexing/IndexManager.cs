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
    IOptions<PathsOptions> paths)
{
    private readonly (string Name, int Dimensions) _embedder = EmbeddingGeneratorFactory.Describe(embedder);

    /// <summary>Loads the saved index; when it is missing, stale or damaged, rebuilds it from the seeds and says why.</summary>
    public async Task<IReadOnlyList<string>> OpenAsync(IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var loaded = IndexFile.Load(paths.Value.IndexPath, _embedder.Name, _embedder.Dimensions);
        if (loaded.Contents is { } contents)
        {
            index.Upsert(contents.Articles, contents.Chunks, contents.Codes);
            return [];
        }

        var messages = new List<string> { $"Rebuilding the index from {paths.Value.SeedsPath}: {loaded.Problem}." };
        var outcome = await IngestAsync([paths.Value.SeedsPath], null, progress, cancellationToken).ConfigureAwait(false);
        messages.AddRange(outcome.Report.SummaryLines());
        return messages;
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
        AddAsync(loader.Load(paths, readProgress, cancellationToken), indexProgress, cancellationToken);

    /// <summary>As <see cref="IngestAsync"/>, for files whose ids the caller has already decided.</summary>
    public Task<IngestOutcome> IngestFilesAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken = default) =>
        AddAsync(loader.LoadFiles(files, cancellationToken: cancellationToken), null, cancellationToken);

    private async Task<IngestOutcome> AddAsync(IngestionResult read, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = IngestPlan.For(read, index.Articles, loader.Duplicates);
        if (plan.Removed.Count > 0)
        {
            index.Remove(plan.Removed);
        }

        var indexing = await indexer.IndexAsync(plan.Fresh, progress, cancellationToken).ConfigureAwait(false);
        Save();
        return new IngestOutcome(read.Report, indexing, index.Articles.Count, index.Chunks.Count);
    }

    /// <summary>Writes the current index to the configured file, atomically.</summary>
    public void Save()
    {
        var (chunks, codes) = index.Vectors.Saved();
        IndexFile.Save(paths.Value.IndexPath, new IndexContents(_embedder.Name, _embedder.Dimensions, index.Articles.Values.ToList(), chunks, codes));
    }
}

/// <summary>What an ingest run did, and the size of the index after it.</summary>
public sealed record IngestOutcome(IngestionReport Report, IndexingReport Indexing, int TotalArticles, int TotalChunks);
