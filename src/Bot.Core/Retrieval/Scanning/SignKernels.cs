using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Bot.Core.Retrieval.Scanning;

/// <summary>Table sums over one interleaved block of sign codes: the inner loop of the compact pass.</summary>
/// <remarks>
/// The layout puts byte j of 32 rows in one 256-bit register, so vpshufb looks up the low nibbles of all 32 in
/// the query's table for that nibble, and again for the high nibbles (the "fast scan" of Andre, Kermarrec and
/// Le Scouarnec, VLDB 2015, used by FAISS). Two bytes' look-ups (at most 4 × 56) are added in bytes and then
/// widened into 16-bit sums, which cannot overflow below 585 code bytes (4,680 dimensions). A scalar loop
/// over the same tables serves machines without AVX2 and is the reference the tests compare against.
/// </remarks>
internal static class SignKernels
{
    /// <summary>Writes the table sum of each of the block's 32 rows into <paramref name="sums"/>.</summary>
    public static void BlockSums(ReadOnlySpan<byte> block, SignQuery query, Span<ushort> sums)
    {
        if (Avx2.IsSupported)
        {
            BlockSumsAvx2(block, query, sums);
        }
        else
        {
            BlockSumsScalar(block, query, sums);
        }
    }

    internal static void BlockSumsScalar(ReadOnlySpan<byte> block, SignQuery query, Span<ushort> sums)
    {
        sums.Clear();
        var tables = query.Tables;
        for (int j = 0; j < block.Length / SignCodes.BlockRows; j++)
        {
            for (int r = 0; r < SignCodes.BlockRows; r++)
            {
                int value = block[(j * SignCodes.BlockRows) + r];
                sums[r] += (ushort)(tables[(j * 32) + (value & 15)] + tables[(j * 32) + 16 + (value >> 4)]);
            }
        }
    }

    internal static void BlockSumsAvx2(ReadOnlySpan<byte> block, SignQuery query, Span<ushort> sums)
    {
        ref byte codes = ref MemoryMarshal.GetReference(block);
        ref var tables = ref MemoryMarshal.GetArrayDataReference(query.WideTables);
        int bytes = block.Length / SignCodes.BlockRows;
        Vector256<ushort> first = Vector256<ushort>.Zero, second = Vector256<ushort>.Zero;
        int j = 0;
        for (; j + 1 < bytes; j += 2)
        {
            var pair = Lookup(ref codes, ref tables, j) + Lookup(ref codes, ref tables, j + 1);
            first += Avx2.UnpackLow(pair, Vector256<byte>.Zero).AsUInt16();
            second += Avx2.UnpackHigh(pair, Vector256<byte>.Zero).AsUInt16();
        }

        if (j < bytes)
        {
            var last = Lookup(ref codes, ref tables, j);
            first += Avx2.UnpackLow(last, Vector256<byte>.Zero).AsUInt16();
            second += Avx2.UnpackHigh(last, Vector256<byte>.Zero).AsUInt16();
        }

        // Unpacking works within 128-bit lanes: first holds rows 0–7 and 16–23, second rows 8–15 and 24–31.
        first.GetLower().CopyTo(sums);
        second.GetLower().CopyTo(sums[8..]);
        first.GetUpper().CopyTo(sums[16..]);
        second.GetUpper().CopyTo(sums[24..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Lookup(ref byte codes, ref Vector256<byte> tables, int j)
    {
        var mask = Vector256.Create((byte)0x0F);
        var value = Vector256.LoadUnsafe(ref codes, (nuint)(j * SignCodes.BlockRows));
        var low = Avx2.Shuffle(Unsafe.Add(ref tables, 2 * j), value & mask);
        var high = Avx2.Shuffle(Unsafe.Add(ref tables, (2 * j) + 1), Avx2.ShiftRightLogical(value.AsUInt16(), 4).AsByte() & mask);
        return low + high;
    }
}
