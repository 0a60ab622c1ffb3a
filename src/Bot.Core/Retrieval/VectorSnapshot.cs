using Bot.Core.Chunking;

namespace Bot.Core.Retrieval;

/// <summary>An immutable view of the store: the passages and their normalised vectors, row by row.</summary>
internal sealed class VectorSnapshot
{
    public static readonly VectorSnapshot Empty = new([], [], 0);

    private readonly float[] _vectors;

    private VectorSnapshot(IReadOnlyList<ArticleChunk> chunks, float[] vectors, int dimensions)
    {
        Chunks = chunks;
        _vectors = vectors;
        Dimensions = dimensions;
    }

    public IReadOnlyList<ArticleChunk> Chunks { get; }

    public int Dimensions { get; }

    public ReadOnlySpan<float> Row(int index) => _vectors.AsSpan(index * Dimensions, Dimensions);

    public VectorSnapshot With(IEnumerable<ArticleChunk> added)
    {
        var incoming = added.ToList();
        var ids = incoming.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var kept = Chunks.Where(c => !ids.Contains(c.Id));
        return Build(kept.Concat(incoming).ToList());
    }

    public VectorSnapshot Without(IReadOnlySet<string> articleIds) =>
        Build(Chunks.Where(c => !articleIds.Contains(c.ArticleId)).ToList());

    private static VectorSnapshot Build(List<ArticleChunk> chunks)
    {
        if (chunks.Count == 0)
        {
            return Empty;
        }

        int dimensions = chunks[0].Embedding.Length;
        var vectors = new float[chunks.Count * dimensions];
        var stored = new ArticleChunk[chunks.Count];
        for (int i = 0; i < chunks.Count; i++)
        {
            if (chunks[i].Embedding.Length != dimensions)
            {
                throw new InvalidOperationException($"Passage {chunks[i].Id} has {chunks[i].Embedding.Length} dimensions; the store holds {dimensions}.");
            }

            VectorMath.Normalize(chunks[i].Embedding.Span).Span.CopyTo(vectors.AsSpan(i * dimensions));

            // The vector lives once, in the flat array; records keep their metadata only.
            stored[i] = chunks[i] with { Embedding = ReadOnlyMemory<float>.Empty };
        }

        return new VectorSnapshot(stored, vectors, dimensions);
    }
}
