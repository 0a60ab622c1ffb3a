namespace Bot.Core.Retrieval.Scanning;

/// <summary>Rows of int8 codes in one contiguous array, with one float scale per row.</summary>
/// <remarks>
/// One flat array keeps the scan a linear walk through memory (what the prefetcher and the memory bus like
/// best) and costs one object header for the whole store instead of one per row.
/// </remarks>
public sealed class QuantizedMatrix
{
    private readonly sbyte[] _codes;
    private readonly float[] _scales;

    /// <summary>An all-zero matrix of <paramref name="rows"/> × <paramref name="dimensions"/>, to be filled row by row.</summary>
    public QuantizedMatrix(int rows, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        Rows = rows;
        Dimensions = dimensions;
        _codes = new sbyte[checked(rows * dimensions)];
        _scales = new float[rows];
    }

    public int Rows { get; }

    public int Dimensions { get; }

    /// <summary>Bytes held by codes and scales (not counting object headers).</summary>
    public long Bytes => _codes.LongLength + (_scales.LongLength * sizeof(float));

    public ReadOnlySpan<sbyte> Row(int row) => _codes.AsSpan(row * Dimensions, Dimensions);

    public float Scale(int row) => _scales[row];

    /// <summary>The writable codes of <paramref name="row"/>, for readers that fill the matrix in place.</summary>
    public Span<sbyte> RowForWrite(int row) => _codes.AsSpan(row * Dimensions, Dimensions);

    /// <summary>Quantizes <paramref name="vector"/> into <paramref name="row"/>.</summary>
    public void Set(int row, ReadOnlySpan<float> vector) => _scales[row] = Int8Quantizer.Quantize(vector, RowForWrite(row));

    /// <summary>Copies already quantized codes into <paramref name="row"/>.</summary>
    public void SetCodes(int row, ReadOnlySpan<sbyte> codes, float scale)
    {
        codes.CopyTo(RowForWrite(row));
        _scales[row] = scale;
    }

    /// <summary>Sets the scale of a row whose codes were written through <see cref="RowForWrite"/>.</summary>
    public void SetScale(int row, float scale) => _scales[row] = scale;

    /// <summary>The row as floats (scale × code).</summary>
    public float[] Dequantize(int row) => Int8Quantizer.Dequantize(Row(row), _scales[row]);

    /// <summary>The approximate dot product of a float query with a row, without rounding the query.</summary>
    public float Dot(ReadOnlySpan<float> query, int row) => Int8Kernels.Dot(query, Row(row)) * _scales[row];
}
