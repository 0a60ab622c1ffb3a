using Bot.Core.Embeddings;
using Bot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Indexing;

/// <summary>The in-memory store's durability: one index file, loaded at start and rewritten atomically after each change.</summary>
public sealed class IndexFileStorage(NewsIndex index, IEmbeddingGenerator<string, Embedding<float>> embedder, IOptions<PathsOptions> paths, TimeProvider clock) : IIndexStorage
{
    private readonly (string Name, int Dimensions) _embedder = EmbeddingGeneratorFactory.Describe(embedder);

    /// <inheritdoc />
    public string Location => paths.Value.IndexPath;

    /// <inheritdoc />
    public Task<StorageOpening> OpenAsync(CancellationToken cancellationToken)
    {
        var loaded = IndexFile.Load(Location, _embedder.Name, _embedder.Dimensions);
        if (loaded.Contents is { } contents)
        {
            index.Upsert(contents.Articles, contents.Chunks, contents.Codes);
            return Task.FromResult(StorageOpening.Loaded);
        }

        var (mayOverwrite, aside) = loaded.Damaged ? DamagedIndex.KeepAside(Location, clock.GetUtcNow()) : (true, null);
        return Task.FromResult(new StorageOpening(loaded.Problem, mayOverwrite, aside));
    }

    /// <inheritdoc />
    public void Save()
    {
        var (chunks, codes) = index.Vectors.Saved();
        IndexFile.Save(Location, new IndexContents(_embedder.Name, _embedder.Dimensions, index.Articles.Values.ToList(), chunks, codes));
    }
}
