using Bot.Core.Chunking;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Retrieval;

/// <summary>An immutable view of the store: the passages and their normalised vectors, row by row.</summary>
/// <remarks>
/// Records keep their metadata only; each vector lives as sign codes on the heap (1 bit per dimension, what
/// the first pass reads), as int8 codes in one flat matrix on the heap (about 1 byte per dimension, what the
/// candidates are narrowed with) and as float32 in a memory-mapped file (what the final order comes from),
/// all at the record's row.
/// </remarks>
internal sealed class VectorSnapshot
{
    public static readonly VectorSnapshot Empty = new([], new QuantizedMatrix(0, 0), SignCodes.Empty, FloatRowFile.Empty);

    private VectorSnapshot(IReadOnlyList<ArticleChunk> chunks, QuantizedMatrix vectors, SignCodes signs, FloatRowFile exact)
    {
        Chunks = chunks;
        Vectors = vectors;
        Signs = signs;
        Exact = exact;
    }

    public IReadOnlyList<ArticleChunk> Chunks { get; }

    public QuantizedMatrix Vectors { get; }

    /// <summary>The sign codes the first pass of a search reads.</summary>
    public SignCodes Signs { get; }

    /// <summary>The full-precision rows rescoring reads.</summary>
    public FloatRowFile Exact { get; }

    public int Dimensions => Vectors.Dimensions;

    /// <summary>The stored (normalised) vector of a row.</summary>
    public float[] Row(int index)
    {
        var row = new float[Dimensions];
        Exact.Read(index, row);
        return row;
    }

    /// <summary>The codes this snapshot searches, for saving with the index.</summary>
    public StoredCodes Codes => new(Vectors, Signs);

    /// <summary>A snapshot with <paramref name="added"/>; <paramref name="codes"/> (saved codes of exactly those rows) are used as they are when nothing else is kept.</summary>
    public VectorSnapshot With(IEnumerable<ArticleChunk> added, StoredCodes? codes = null)
    {
        var incoming = added.ToList();
        var ids = incoming.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var kept = KeptRows(c => !ids.Contains(c.Id));
        bool reuse = kept.Count == 0 && incoming.Count > 0 && codes is not null && codes.Fits(incoming.Count, incoming[0].Embedding.Length);
        return Build(kept, incoming, reuse ? codes : null);
    }

    public VectorSnapshot Without(IReadOnlySet<string> articleIds) => Build(KeptRows(c => !articleIds.Contains(c.ArticleId)), [], null);

    private List<int> KeptRows(Func<ArticleChunk, bool> keep) =>
        Enumerable.Range(0, Chunks.Count).Where(i => keep(Chunks[i])).ToList();

    private VectorSnapshot Build(List<int> keptRows, List<ArticleChunk> incoming, StoredCodes? saved)
    {
        int count = keptRows.Count + incoming.Count;
        if (count == 0)
        {
            return Empty;
        }

        int dimensions = keptRows.Count > 0 ? Dimensions : incoming[0].Embedding.Length;
        var stored = new ArticleChunk[count];
        for (int i = 0; i < count; i++)
        {
            stored[i] = i < keptRows.Count ? Chunks[keptRows[i]] : Stripped(incoming[i - keptRows.Count], dimensions);
        }

        var vectors = saved?.Vectors ?? new QuantizedMatrix(count, dimensions);
        var exact = FloatRowFile.Write(count, dimensions, (row, values) =>
        {
            if (row < keptRows.Count)
            {
                Exact.Read(keptRows[row], values);
                vectors.SetCodes(row, Vectors.Row(keptRows[row]), Vectors.Scale(keptRows[row]));
            }
            else
            {
                VectorMath.Normalize(incoming[row - keptRows.Count].Embedding.Span).Span.CopyTo(values);
                if (saved is null)
                {
                    vectors.Set(row, values);
                }
            }
        });
        return new VectorSnapshot(stored, vectors, saved?.Signs ?? SignCodes.Build(vectors), exact);
    }

    // The vector moves into the matrix and the row file; the record keeps only the metadata.
    private static ArticleChunk Stripped(ArticleChunk chunk, int dimensions) => chunk.Embedding.Length == dimensions
        ? chunk with { Embedding = ReadOnlyMemory<float>.Empty }
        : throw new InvalidOperationException($"Passage {chunk.Id} has {chunk.Embedding.Length} dimensions; the store holds {dimensions}.");
}
