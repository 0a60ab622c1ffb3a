using Bot.Core.Chunking;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Retrieval;

/// <summary>An immutable view of the store: the passages and their normalised vectors, row by row.</summary>
/// <remarks>
/// Records keep their metadata only; each vector lives once, as int8 codes in one flat matrix, at the record's
/// row. Only the codes are kept (about 1 byte per dimension): rescoring with the float query already reaches
/// the recall target, so a float32 copy (4 more bytes per dimension) would buy nothing measurable.
/// </remarks>
internal sealed class VectorSnapshot
{
    public static readonly VectorSnapshot Empty = new([], new QuantizedMatrix(0, 0));

    private VectorSnapshot(IReadOnlyList<ArticleChunk> chunks, QuantizedMatrix vectors)
    {
        Chunks = chunks;
        Vectors = vectors;
    }

    public IReadOnlyList<ArticleChunk> Chunks { get; }

    public QuantizedMatrix Vectors { get; }

    public int Dimensions => Vectors.Dimensions;

    /// <summary>The stored (normalised, then quantized) vector of a row, as floats.</summary>
    public float[] Row(int index) => Vectors.Dequantize(index);

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
        var vectors = new QuantizedMatrix(count, dimensions);
        var stored = new ArticleChunk[count];
        for (int i = 0; i < keptRows.Count; i++)
        {
            stored[i] = Chunks[keptRows[i]];
            vectors.SetCodes(i, Vectors.Row(keptRows[i]), Vectors.Scale(keptRows[i]));
        }

        for (int j = 0; j < incoming.Count; j++)
        {
            var chunk = incoming[j];
            if (chunk.Embedding.Length != dimensions)
            {
                throw new InvalidOperationException($"Passage {chunk.Id} has {chunk.Embedding.Length} dimensions; the store holds {dimensions}.");
            }

            int row = keptRows.Count + j;
            vectors.Set(row, VectorMath.Normalize(chunk.Embedding.Span).Span);
            stored[row] = chunk with { Embedding = ReadOnlyMemory<float>.Empty };
        }

        return new VectorSnapshot(stored, vectors);
    }
}
