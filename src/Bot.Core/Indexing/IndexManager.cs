using Bot.Core.Articles;
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
            index.Upsert(contents.Articles, contents.Chunks);
            return [];
        }

        var messages = new List<string> { $"Rebuilding the index from {paths.Value.SeedsPath}: {loaded.Problem}." };
        var outcome = await IngestAsync([paths.Value.SeedsPath], null, progress, cancellationToken).ConfigureAwait(false);
        messages.AddRange(outcome.Report.SummaryLines());
        return messages;
    }

    /// <summary>Reads <paramref name="paths"/>, merges duplicates (also against what is indexed), indexes and saves.</summary>
    public async Task<IngestOutcome> IngestAsync(
        IEnumerable<string> paths,
        IProgress<IngestionProgress>? readProgress = null,
        IProgress<IndexingProgress>? indexProgress = null,
        CancellationToken cancellationToken = default)
    {
        var read = loader.Load(paths, readProgress, cancellationToken);
        var incoming = read.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var existing = index.Articles.Values.Where(a => !incoming.Contains(a.Id)).ToList();
        var existingIds = existing.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var merged = loader.Duplicates.Merge([.. existing, .. read.Articles]);
        var kept = merged.Kept.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var dropped = existingIds.Where(id => !kept.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var fresh = read.Articles.Where(a => kept.Contains(a.Id)).ToList();
        read.Report.AddMerges(merged.Merged.Where(m => existingIds.Contains(m.DuplicateId) || existingIds.Contains(m.KeptId)));

        if (dropped.Count > 0)
        {
            index.Remove(dropped);
        }

        var indexing = await indexer.IndexAsync(fresh, indexProgress, cancellationToken).ConfigureAwait(false);
        Save();
        return new IngestOutcome(read.Report, indexing, index.Articles.Count, index.Chunks.Count);
    }

    /// <summary>Writes the current index to the configured file, atomically.</summary>
    public void Save() => IndexFile.Save(paths.Value.IndexPath,
        new IndexContents(_embedder.Name, _embedder.Dimensions, index.Articles.Values.ToList(), index.Vectors.ChunksWithVectors().ToList()));
}

/// <summary>What an ingest run did, and the size of the index after it.</summary>
public sealed record IngestOutcome(IngestionReport Report, IndexingReport Indexing, int TotalArticles, int TotalChunks);
