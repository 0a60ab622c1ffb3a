using Bot.Core.Chunking;

namespace Bot.Core.Retrieval;

/// <summary>An immutable view of the store: the passages and their normalised vectors, row by row.</summary>
/// <remarks>Records keep their metadata only; each vector lives once, in the flat array, at the record's row.</remarks>
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
        return Build(KeptRows(c => !ids.Contains(c.Id)), incoming);
    }

    public VectorSnapshot Without(IReadOnlySet<string> articleIds) => Build(KeptRows(c => !articleIds.Contains(c.ArticleId)), []);

    private List<int> KeptRows(Func<ArticleChunk, bool> keep) =>
        Enumerable.Range(0, Chunks.Count).Where(i => keep(Chunks[i])).ToList();

    private VectorSnapshot Build(List<int> keptRows, List<ArticleChunk> incoming)
    {
        int count = keptRows.Count + incoming.Count;
        if (count == 0)
        {
            return Empty;
        }

        int dimensions = keptRows.Count > 0 ? Dimensions : incoming[0].Embedding.Length;
        var vectors = new float[count * dimensions];
        var stored = new ArticleChunk[count];
        for (int i = 0; i < keptRows.Count; i++)
        {
            stored[i] = Chunks[keptRows[i]];
            Row(keptRows[i]).CopyTo(vectors.AsSpan(i * dimensions, dimensions));
        }

        for (int j = 0; j < incoming.Count; j++)
        {
            var chunk = incoming[j];
            if (chunk.Embedding.Length != dimensions)
            {
                throw new InvalidOperationException($"Passage {chunk.Id} has {chunk.Embedding.Length} dimensions; the store holds {dimensions}.");
            }

            int row = keptRows.Count + j;
            VectorMath.Normalize(chunk.Embedding.Span).Span.CopyTo(vectors.AsSpan(row * dimensions, dimensions));
            stored[row] = chunk with { Embedding = ReadOnlyMemory<float>.Empty };
        }

        return new VectorSnapshot(stored, vectors, dimensions);
    }
}
