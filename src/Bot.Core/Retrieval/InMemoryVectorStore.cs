using System.Runtime.CompilerServices;
using Bot.Core.Chunking;
using Bot.Core.Retrieval.Scanning;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace Bot.Core.Retrieval;

/// <summary>An in-memory passage store searched by cosine similarity over int8-quantized vectors.</summary>
/// <remarks>
/// No in-memory VectorData connector can be obtained here, so this implements the standard search
/// interface itself; switching to a real store later is a one-class change. Vectors are L2-normalised on
/// the way in and kept as sign codes and int8 codes on the heap; <see cref="CompactScan"/> picks candidates
/// from the sign codes, narrows them with int8 dot products and rescores the rest in float32 from a
/// memory-mapped copy (recall@10 against exact float32 search, and the heap per passage, are measured by
/// <c>bot bench</c>). Writers build a new snapshot and swap it in, so searches never see a
/// half-written store.
/// </remarks>
public sealed class InMemoryVectorStore(IEmbeddingGenerator<string, Embedding<float>> embedder, ScanSettings? settings = null) : IVectorSearchable<ArticleChunk>
{
    private readonly ScanSettings _settings = settings ?? ScanSettings.Default;

    private volatile VectorSnapshot _snapshot = VectorSnapshot.Empty;

    /// <summary>Every stored passage, in insertion order.</summary>
    public IReadOnlyList<ArticleChunk> Chunks => _snapshot.Chunks;

    /// <summary>Every stored passage with its (normalised) vector, for saving.</summary>
    public IEnumerable<ArticleChunk> ChunksWithVectors()
    {
        var snapshot = _snapshot;
        for (int i = 0; i < snapshot.Chunks.Count; i++)
        {
            yield return WithVector(snapshot, i, include: true);
        }
    }

    /// <summary>Every stored passage with its vector, and the codes searched for them, from one snapshot (for saving).</summary>
    public (IReadOnlyList<ArticleChunk> Chunks, StoredCodes Codes) Saved()
    {
        var snapshot = _snapshot;
        return (Enumerable.Range(0, snapshot.Chunks.Count).Select(i => WithVector(snapshot, i, include: true)).ToList(), snapshot.Codes);
    }

    /// <summary>Adds passages (with their embeddings), replacing any with the same id; <paramref name="codes"/> are saved codes of exactly these passages, used as they are on an empty store.</summary>
    public void Upsert(IEnumerable<ArticleChunk> chunks, StoredCodes? codes = null) => _snapshot = _snapshot.With(chunks, codes);

    /// <summary>Removes every passage of the given articles.</summary>
    public void RemoveArticles(IReadOnlySet<string> articleIds) => _snapshot = _snapshot.Without(articleIds);

    /// <inheritdoc />
    public async IAsyncEnumerable<VectorSearchResult<ArticleChunk>> SearchAsync<TInput>(
        TInput searchValue,
        int top,
        VectorSearchOptions<ArticleChunk>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TInput : notnull
    {
        var query = await ToVectorAsync(searchValue, cancellationToken).ConfigureAwait(false);
        foreach (var (chunk, score) in Search(query.Span, top, options))
        {
            yield return new VectorSearchResult<ArticleChunk>(chunk, score);
        }
    }

    /// <summary>Top-<paramref name="top"/> search for an already embedded query.</summary>
    public IReadOnlyList<(ArticleChunk Chunk, double Score)> Search(ReadOnlySpan<float> query, int top, VectorSearchOptions<ArticleChunk>? options = null)
    {
        var snapshot = _snapshot;
        if (snapshot.Chunks.Count == 0 || top <= 0)
        {
            return [];
        }

        if (query.Length != snapshot.Dimensions)
        {
            throw new ArgumentException($"The query has {query.Length} dimensions but the store holds {snapshot.Dimensions}.", nameof(query));
        }

        var filter = options?.Filter?.Compile();
        var chunks = snapshot.Chunks;
        var best = CompactScan.Search(snapshot.Vectors, snapshot.Signs, query, top + (options?.Skip ?? 0), filter is null ? null : i => filter(chunks[i]), _settings, snapshot.Exact);
        return best.Skip(options?.Skip ?? 0)
            .Select(r => (WithVector(snapshot, r.Row, options?.IncludeVectors ?? false), (double)r.Score)).ToList();
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    private static ArticleChunk WithVector(VectorSnapshot snapshot, int index, bool include) =>
        include ? snapshot.Chunks[index] with { Embedding = snapshot.Row(index) } : snapshot.Chunks[index];

    private async Task<ReadOnlyMemory<float>> ToVectorAsync<TInput>(TInput value, CancellationToken cancellationToken) where TInput : notnull
    {
        ReadOnlyMemory<float> vector = value switch
        {
            string text => (await embedder.GenerateAsync([text], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector,
            Embedding<float> embedding => embedding.Vector,
            ReadOnlyMemory<float> memory => memory,
            float[] array => array,
            _ => throw new NotSupportedException($"Search input of type {typeof(TInput).Name} is not supported; pass a string, Embedding<float> or ReadOnlyMemory<float>."),
        };
        return VectorMath.Normalize(vector.Span);
    }
}
