using System.Numerics.Tensors;

namespace Bot.Core.Retrieval.Scanning;

/// <summary>One bit per dimension for every row (the sign of the row minus the store's mean), with two floats per row that turn the bits into a dot-product estimate.</summary>
/// <remarks>
/// The compact first pass reads 56 bytes per 384-dimension row (bits and two floats) instead of the int8
/// scan's 388. Signs are taken around the mean because sentence vectors share a common direction: raw
/// signs would be alike for every row. The estimate follows RaBitQ (Gao and Long, SIGMOD 2024): with
/// r = x − c and s its signs, q·r ≈ (‖r‖² / Σ|rᵢ|)·(s·q). <see cref="Biases"/> add the exact c·r, so only
/// the centred query (smaller, so less error) is estimated. Rows are stored in blocks of
/// <see cref="BlockRows"/>, byte-interleaved (byte j of every row of a block sits together), so one
/// table look-up instruction scores a nibble of 32 rows at once (see <see cref="SignKernels"/>).
/// </remarks>
public sealed class SignCodes
{
    /// <summary>Rows per interleaved block: one 256-bit register holds one byte of each.</summary>
    public const int BlockRows = 32;

    public static readonly SignCodes Empty = new(0, 0, []);

    private readonly byte[] _bits;
    private readonly float[] _factors;
    private readonly float[] _biases;

    /// <summary>All-zero codes of <paramref name="rows"/> × <paramref name="dimensions"/> around <paramref name="centre"/>, filled by <see cref="Set"/> or a reader.</summary>
    public SignCodes(int rows, int dimensions, float[] centre)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        Rows = rows;
        Dimensions = dimensions;
        BytesPerRow = (dimensions + 7) / 8;
        Centre = centre.Length == dimensions ? centre : throw new ArgumentException("The centre and the rows differ in length.", nameof(centre));
        Blocks = (rows + BlockRows - 1) / BlockRows;
        _bits = new byte[checked(Blocks * BlockRows * BytesPerRow)];
        _factors = new float[Blocks * BlockRows];
        _biases = new float[Blocks * BlockRows];
    }

    public int Rows { get; }

    public int Dimensions { get; }

    public int BytesPerRow { get; }

    public int Blocks { get; }

    /// <summary>The point the signs are taken around (the mean row when built by <see cref="Build"/>).</summary>
    public float[] Centre { get; }

    /// <summary>Bytes held by bits, per-row floats and the centre (not counting object headers).</summary>
    public long Bytes => _bits.LongLength + ((_factors.LongLength + _biases.LongLength + Centre.LongLength) * sizeof(float));

    /// <summary>The interleaved bits, block after block (what the kernels read and the index file stores).</summary>
    public Span<byte> Bits => _bits;

    /// <summary>‖r‖² / Σ|rᵢ| per row (padded to whole blocks): what scales s·q to an estimate of q·r.</summary>
    public Span<float> Factors => _factors;

    /// <summary>c·r per row (padded to whole blocks), added to the estimate so the query can be centred.</summary>
    public Span<float> Biases => _biases;

    /// <summary>Whether dimension <paramref name="dimension"/> of <paramref name="row"/> lies above the centre.</summary>
    public bool Bit(int row, int dimension) => (_bits[Offset(row, dimension >> 3)] & (1 << (dimension & 7))) != 0;

    /// <summary>Codes for every row of <paramref name="matrix"/>, around the mean of its rows.</summary>
    public static SignCodes Build(QuantizedMatrix matrix)
    {
        var codes = new SignCodes(matrix.Rows, matrix.Dimensions, Mean(matrix));
        var residual = new float[matrix.Dimensions];
        for (int row = 0; row < matrix.Rows; row++)
        {
            Int8Quantizer.Dequantize(matrix.Row(row), matrix.Scale(row), residual);
            codes.Set(row, residual);
        }

        return codes;
    }

    /// <summary>Sets row <paramref name="row"/> from its vector; <paramref name="vector"/> is overwritten with the residual.</summary>
    public void Set(int row, Span<float> vector)
    {
        TensorPrimitives.Subtract(vector, Centre, vector);
        for (int j = 0; j < BytesPerRow; j++)
        {
            int bits = 0;
            for (int k = 0; k < 8 && (j * 8) + k < vector.Length; k++)
            {
                bits |= vector[(j * 8) + k] > 0 ? 1 << k : 0;
            }

            _bits[Offset(row, j)] = (byte)bits;
        }

        float magnitudes = TensorPrimitives.SumOfMagnitudes(vector);
        _factors[row] = magnitudes > 0 ? TensorPrimitives.SumOfSquares(vector) / magnitudes : 0;
        _biases[row] = TensorPrimitives.Dot(Centre, vector);
    }

    private int Offset(int row, int byteIndex) => ((row / BlockRows) * BlockRows * BytesPerRow) + (byteIndex * BlockRows) + (row % BlockRows);

    // Summed in float per block of rows and in double across blocks: a million float additions would lose the mean's last digits.
    private static float[] Mean(QuantizedMatrix matrix)
    {
        var total = new double[matrix.Dimensions];
        var block = new float[matrix.Dimensions];
        var row = new float[matrix.Dimensions];
        for (int r = 0; r < matrix.Rows; r++)
        {
            Int8Quantizer.Dequantize(matrix.Row(r), matrix.Scale(r), row);
            TensorPrimitives.Add(block, row, block);
            if ((r & 1023) == 1023 || r == matrix.Rows - 1)
            {
                for (int i = 0; i < block.Length; i++)
                {
                    total[i] += block[i];
                }

                block.AsSpan().Clear();
            }
        }

        return total.Select(t => matrix.Rows == 0 ? 0f : (float)(t / matrix.Rows)).ToArray();
    }
}
