using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Bot.Core.Retrieval.Scanning;

/// <summary>Dot products over int8 codes: the inner loop of the quantized scan.</summary>
/// <remarks>
/// With AVX-VNNI, vpdpbusd multiplies 32 byte pairs and adds them in groups of four into int32 lanes in one
/// instruction; it takes one operand unsigned, so |a| goes there and a's sign moves onto b (vpsignb). AVX2
/// sign-extends 16 codes to int16 and uses vpmaddwd, which multiplies and adds adjacent pairs into int32
/// lanes; |code| ≤ 127 keeps every sum far from overflow. Where AVX2 is missing a Vector128 path does the
/// same with portable widening, and a scalar loop finishes lengths that are not a multiple of 16.
/// </remarks>
public static class Int8Kernels
{
    /// <summary>Σ a[i]·b[i] over two equally long code rows.</summary>
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("Rows differ in length.", nameof(b));
        }

        int done = 0, sum = 0;
        if (AvxVnni.IsSupported)
        {
            done = a.Length & ~31;
            sum = DotVnni(a, b, done);
        }

        int blocks = a.Length & ~15;
        if (Avx2.IsSupported || Vector128.IsHardwareAccelerated)
        {
            sum += Avx2.IsSupported ? DotAvx2(a[done..], b[done..], blocks - done) : DotVector128(a[done..], b[done..], blocks - done);
            done = blocks;
        }

        return sum + DotScalar(a[done..], b[done..]);
    }

    /// <summary>The plain loop; the reference the SIMD paths are tested against.</summary>
    public static int DotScalar(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        int sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Σ query[i]·codes[i] with a float query: the rescoring step, free of the query's own rounding.</summary>
    public static float Dot(ReadOnlySpan<float> query, ReadOnlySpan<sbyte> codes)
    {
        if (query.Length != codes.Length)
        {
            throw new ArgumentException("Rows differ in length.", nameof(codes));
        }

        var acc = Vector128<float>.Zero;
        int i = 0;
        for (; i <= query.Length - 4; i += 4)
        {
            var widened = Vector128.Create((float)codes[i], codes[i + 1], codes[i + 2], codes[i + 3]);
            acc = Vector128.MultiplyAddEstimate(Vector128.Create(query.Slice(i, 4)), widened, acc);
        }

        float sum = Vector128.Sum(acc);
        for (; i < query.Length; i++)
        {
            sum += query[i] * codes[i];
        }

        return sum;
    }

    /// <summary>The AVX-VNNI path over the first <paramref name="length"/> codes (a multiple of 32).</summary>
    internal static int DotVnni(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b, int length)
    {
        ref var pa = ref MemoryMarshal.GetReference(a);
        ref var pb = ref MemoryMarshal.GetReference(b);
        Vector256<int> acc0 = Vector256<int>.Zero, acc1 = Vector256<int>.Zero;
        int i = 0;
        for (; i <= length - 64; i += 64)
        {
            acc0 = Quads(acc0, ref pa, ref pb, i);
            acc1 = Quads(acc1, ref pa, ref pb, i + 32);
        }

        if (i < length)
        {
            acc0 = Quads(acc0, ref pa, ref pb, i);
        }

        return Vector256.Sum(acc0 + acc1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Quads(Vector256<int> acc, ref sbyte a, ref sbyte b, int offset)
    {
        var va = Vector256.LoadUnsafe(ref a, (nuint)offset);
        var vb = Vector256.LoadUnsafe(ref b, (nuint)offset);
        return AvxVnni.MultiplyWideningAndAdd(acc, Avx2.Abs(va), Avx2.Sign(vb, va));
    }

    /// <summary>The AVX2 path over the first <paramref name="length"/> codes (a multiple of 16).</summary>
    internal static int DotAvx2(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b, int length)
    {
        ref var pa = ref MemoryMarshal.GetReference(a);
        ref var pb = ref MemoryMarshal.GetReference(b);
        Vector256<int> acc0 = Vector256<int>.Zero, acc1 = Vector256<int>.Zero;
        int i = 0;
        for (; i <= length - 32; i += 32)
        {
            acc0 = Avx2.Add(acc0, Pairs(ref pa, ref pb, i));
            acc1 = Avx2.Add(acc1, Pairs(ref pa, ref pb, i + 16));
        }

        if (i < length)
        {
            acc0 = Avx2.Add(acc0, Pairs(ref pa, ref pb, i));
        }

        return Vector256.Sum(acc0 + acc1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Pairs(ref sbyte a, ref sbyte b, int offset)
    {
        var wa = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref a, (nuint)offset));
        var wb = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref b, (nuint)offset));
        return Avx2.MultiplyAddAdjacent(wa, wb);
    }

    /// <summary>The portable path over the first <paramref name="length"/> codes (a multiple of 16).</summary>
    internal static int DotVector128(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b, int length)
    {
        ref var pa = ref MemoryMarshal.GetReference(a);
        ref var pb = ref MemoryMarshal.GetReference(b);
        var acc = Vector128<int>.Zero;
        for (int i = 0; i < length; i += 16)
        {
            var (aLow, aHigh) = Vector128.Widen(Vector128.LoadUnsafe(ref pa, (nuint)i));
            var (bLow, bHigh) = Vector128.Widen(Vector128.LoadUnsafe(ref pb, (nuint)i));
            var products = (aLow * bLow, aHigh * bHigh);
            acc += WidenSum(products.Item1) + WidenSum(products.Item2);
        }

        return Vector128.Sum(acc);
    }

    // Each int16 product is at most 127², so it is exact; widening before adding keeps the sums exact too.
    private static Vector128<int> WidenSum(Vector128<short> products)
    {
        var (low, high) = Vector128.Widen(products);
        return low + high;
    }
}
