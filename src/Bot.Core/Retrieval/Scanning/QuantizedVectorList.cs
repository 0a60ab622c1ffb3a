using System.Collections;

namespace Bot.Core.Retrieval.Scanning;

/// <summary>A read-only list of vectors kept as int8 codes and handed out as floats on access.</summary>
/// <remarks>
/// Sentence vectors are most of a passage's bytes (one per sentence) but are read only for the few
/// passages an answer is drawn from, so they are stored at a quarter of their float size and dequantized
/// when asked for. Cosines against them move by well under a hundredth, which the evaluation shows does
/// not change any answer.
/// </remarks>
public sealed class QuantizedVectorList(QuantizedMatrix matrix) : IReadOnlyList<ReadOnlyMemory<float>>
{
    /// <summary>The codes behind the list.</summary>
    public QuantizedMatrix Matrix { get; } = matrix;

    public int Count => Matrix.Rows;

    public ReadOnlyMemory<float> this[int index] => Matrix.Dequantize(index);

    /// <summary>Quantizes <paramref name="vectors"/> (all the same length) into a new list.</summary>
    public static QuantizedVectorList From(IReadOnlyList<ReadOnlyMemory<float>> vectors)
    {
        if (vectors is QuantizedVectorList quantized)
        {
            return quantized;
        }

        var matrix = new QuantizedMatrix(vectors.Count, vectors.Count == 0 ? 0 : vectors[0].Length);
        for (int i = 0; i < vectors.Count; i++)
        {
            matrix.Set(i, vectors[i].Span);
        }

        return new QuantizedVectorList(matrix);
    }

    public IEnumerator<ReadOnlyMemory<float>> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
