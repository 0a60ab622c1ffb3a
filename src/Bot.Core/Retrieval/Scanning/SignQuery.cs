using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

namespace Bot.Core.Retrieval.Scanning;

/// <summary>A query prepared for <see cref="SignCodes"/>: centred, rounded to 15 levels, and turned into one 16-entry table per nibble of a code row.</summary>
/// <remarks>
/// With the centred query as qᵢ ≈ step·vᵢ (vᵢ in −7..7), s·q ≈ step·Σ sᵢvᵢ, and each nibble of a code row
/// (four signs) indexes a table holding that nibble's share of the sum, plus 28 so every entry is a byte
/// from 0 to 56. Rounding the query to 4 bits costs far less than the sign codes' own error (RaBitQ rounds it
/// the same way), and the ranking only has to find candidates that int8 and float32 rescoring order exactly.
/// </remarks>
internal sealed class SignQuery
{
    /// <summary>What each nibble's table adds so its entries are never negative.</summary>
    public const int NibbleOffset = 28;
    private const int MaxLevel = 7;

    private SignQuery(byte[] tables, Vector256<byte>[] wideTables, float step, int offset)
    {
        Tables = tables;
        WideTables = wideTables;
        Step = step;
        Offset = offset;
    }

    /// <summary>16 entries per nibble, low nibble then high nibble of each code byte.</summary>
    public byte[] Tables { get; }

    /// <summary>The same tables with each repeated in both 128-bit lanes, as the byte shuffle reads them.</summary>
    public Vector256<byte>[] WideTables { get; }

    /// <summary>The query's rounding step: one table unit is this much of the dot product.</summary>
    public float Step { get; }

    /// <summary>What the tables add over a whole row (NibbleOffset per nibble).</summary>
    public int Offset { get; }

    public static SignQuery From(ReadOnlySpan<float> query, SignCodes codes)
    {
        var centred = new float[query.Length];
        TensorPrimitives.Subtract(query, codes.Centre, centred);
        float largest = centred.Length == 0 ? 0 : TensorPrimitives.MaxMagnitude(centred);
        float step = Math.Abs(largest) / MaxLevel;
        var levels = new int[codes.BytesPerRow * 8];
        for (int i = 0; i < centred.Length && step > 0; i++)
        {
            levels[i] = (int)Math.Clamp(MathF.Round(centred[i] / step), -MaxLevel, MaxLevel);
        }

        int nibbles = codes.BytesPerRow * 2;
        var tables = new byte[nibbles * 16];
        var wide = new Vector256<byte>[nibbles];
        for (int n = 0; n < nibbles; n++)
        {
            var table = tables.AsSpan(n * 16, 16);
            for (int entry = 0; entry < 16; entry++)
            {
                int sum = NibbleOffset;
                for (int k = 0; k < 4; k++)
                {
                    sum += (entry & (1 << k)) != 0 ? levels[(n * 4) + k] : -levels[(n * 4) + k];
                }

                table[entry] = (byte)sum;
            }

            var lane = Vector128.Create((ReadOnlySpan<byte>)table);
            wide[n] = Vector256.Create(lane, lane);
        }

        return new SignQuery(tables, wide, step, NibbleOffset * nibbles);
    }
}
