using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>
/// SIMD matrix-multiply kernels for <see cref="DenseLayer"/>. A 4×4 tile (4 input rows × 4 weight rows)
/// keeps 16 accumulators in registers, so each loaded vector feeds 4 multiply-adds instead of the single
/// one of a plain dot product; that about doubles throughput over TensorPrimitives.Dot per output.
/// Every output is the same chain of multiply-adds over k followed by one horizontal sum whether it is
/// computed in a tile or in a single-row remainder, so results do not depend on how rows were batched.
/// </summary>
internal static class DenseKernels
{
    public const int RowBlock = 4;
    public const int OutputBlock = 4;

    public static void Apply512(in Layer layer, ReadOnlySpan<float> input, Span<float> output, int rows)
    {
        layer.CheckBounds(input, output, rows);
        var tiledRows = rows - (rows % RowBlock);
        for (var o = 0; o < layer.Outputs; o += OutputBlock)
        {
            for (var r = 0; r < tiledRows; r += RowBlock)
            {
                Tile512(layer, input, output, r, o);
            }

            for (var r = tiledRows; r < rows; r++)
            {
                Row512(layer, input, output, r, o);
            }
        }
    }

    public static void ApplyVector(in Layer layer, ReadOnlySpan<float> input, Span<float> output, int rows)
    {
        layer.CheckBounds(input, output, rows);
        var tiledRows = rows - (rows % RowBlock);
        for (var o = 0; o < layer.Outputs; o += OutputBlock)
        {
            for (var r = 0; r < tiledRows; r += RowBlock)
            {
                TileVector(layer, input, output, r, o);
            }

            for (var r = tiledRows; r < rows; r++)
            {
                RowVector(layer, input, output, r, o);
            }
        }
    }

    private static void Tile512(in Layer layer, ReadOnlySpan<float> input, Span<float> output, int r, int o)
    {
        var n = (nuint)layer.Inputs;
        ref var x = ref Unsafe.Add(ref MemoryMarshal.GetReference(input), r * layer.Inputs);
        ref var w = ref layer.Weights[o * layer.Inputs];
        Vector512<float> a00 = default, a01 = default, a02 = default, a03 = default, a10 = default, a11 = default, a12 = default, a13 = default;
        Vector512<float> a20 = default, a21 = default, a22 = default, a23 = default, a30 = default, a31 = default, a32 = default, a33 = default;
        for (nuint k = 0; k < n; k += (nuint)Vector512<float>.Count)
        {
            var w0 = Vector512.LoadUnsafe(ref w, k);
            var w1 = Vector512.LoadUnsafe(ref w, n + k);
            var w2 = Vector512.LoadUnsafe(ref w, (2 * n) + k);
            var w3 = Vector512.LoadUnsafe(ref w, (3 * n) + k);
            var v = Vector512.LoadUnsafe(ref x, k);
            (a00, a01, a02, a03) = (Fma(v, w0, a00), Fma(v, w1, a01), Fma(v, w2, a02), Fma(v, w3, a03));
            v = Vector512.LoadUnsafe(ref x, n + k);
            (a10, a11, a12, a13) = (Fma(v, w0, a10), Fma(v, w1, a11), Fma(v, w2, a12), Fma(v, w3, a13));
            v = Vector512.LoadUnsafe(ref x, (2 * n) + k);
            (a20, a21, a22, a23) = (Fma(v, w0, a20), Fma(v, w1, a21), Fma(v, w2, a22), Fma(v, w3, a23));
            v = Vector512.LoadUnsafe(ref x, (3 * n) + k);
            (a30, a31, a32, a33) = (Fma(v, w0, a30), Fma(v, w1, a31), Fma(v, w2, a32), Fma(v, w3, a33));
        }

        layer.Store(output, r, o, Vector512.Sum(a00), Vector512.Sum(a01), Vector512.Sum(a02), Vector512.Sum(a03));
        layer.Store(output, r + 1, o, Vector512.Sum(a10), Vector512.Sum(a11), Vector512.Sum(a12), Vector512.Sum(a13));
        layer.Store(output, r + 2, o, Vector512.Sum(a20), Vector512.Sum(a21), Vector512.Sum(a22), Vector512.Sum(a23));
        layer.Store(output, r + 3, o, Vector512.Sum(a30), Vector512.Sum(a31), Vector512.Sum(a32), Vector512.Sum(a33));
    }

    private static void Row512(in Layer layer, ReadOnlySpan<float> input, Span<float> output, int r, int o)
    {
        var n = (nuint)layer.Inputs;
        ref var x = ref Unsafe.Add(ref MemoryMarshal.GetReference(input), r * layer.Inputs);
        ref var w = ref layer.Weights[o * layer.Inputs];
        Vector512<float> a0 = default, a1 = default, a2 = default, a3 = default;
        for (nuint k = 0; k < n; k += (nuint)Vector512<float>.Count)
        {
            var v = Vector512.LoadUnsafe(ref x, k);
            a0 = Fma(v, Vector512.LoadUnsafe(ref w, k), a0);
            a1 = Fma(v, Vector512.LoadUnsafe(ref w, n + k), a1);
            a2 = Fma(v, Vector512.LoadUnsafe(ref w, (2 * n) + k), a2);
            a3 = Fma(v, Vector512.LoadUnsafe(ref w, (3 * n) + k), a3);
        }

        layer.Store(output, r, o, Vector512.Sum(a0), Vector512.Sum(a1), Vector512.Sum(a2), Vector512.Sum(a3));
    }

    private static void TileVector(in Layer layer, ReadOnlySpan<float> input, Span<float> output, int r, int o)
    {
        var n = (nuint)layer.Inputs;
        ref var x = ref Unsafe.Add(ref MemoryMarshal.GetReference(input), r * layer.Inputs);
        ref var w = ref layer.Weights[o * layer.Inputs];
        Vector<float> a00 = default, a01 = default, a02 = default, a03 = default, a10 = default, a11 = default, a12 = default, a13 = default;
        Vector<float> a20 = default, a21 = default, a22 = default, a23 = default, a30 = default, a31 = default, a32 = default, a33 = default;
        for (nuint k = 0; k < n; k += (nuint)Vector<float>.Count)
        {
            var w0 = Vector.LoadUnsafe(ref w, k);
            var w1 = Vector.LoadUnsafe(ref w, n + k);
            var w2 = Vector.LoadUnsafe(ref w, (2 * n) + k);
            var w3 = Vector.LoadUnsafe(ref w, (3 * n) + k);
            var v = Vector.LoadUnsafe(ref x, k);
            (a00, a01, a02, a03) = (Fma(v, w0, a00), Fma(v, w1, a01), Fma(v, w2, a02), Fma(v, w3, a03));
            v = Vector.LoadUnsafe(ref x, n + k);
            (a10, a11, a12, a13) = (Fma(v, w0, a10), Fma(v, w1, a11), Fma(v, w2, a12), Fma(v, w3, a13));
            v = Vector.LoadUnsafe(ref x, (2 * n) + k);
            (a20, a21, a22, a23) = (Fma(v, w0, a20), Fma(v, w1, a21), Fma(v, w2, a22), Fma(v, w3, a23));
            v = Vector.LoadUnsafe(ref x, (3 * n) + k);
            (a30, a31, a32, a33) = (Fma(v, w0, a30), Fma(v, w1, a31), Fma(v, w2, a32), Fma(v, w3, a33));
        }

        layer.Store(output, r, o, Vector.Sum(a00), Vector.Sum(a01), Vector.Sum(a02), Vector.Sum(a03));
        layer.Store(output, r + 1, o, Vector.Sum(a10), Vector.Sum(a11), Vector.Sum(a12), Vector.Sum(a13));
        layer.Store(output, r + 2, o, Vector.Sum(a20), Vector.Sum(a21), Vector.Sum(a22), Vector.Sum(a23));
        layer.Store(output, r + 3, o, Vector.Sum(a30), Vector.Sum(a31), Vector.Sum(a32), Vector.Sum(a33));
    }

    private static void RowVector(in Layer layer, ReadOnlySpan<float> input, Span<float> output, int r, int o)
    {
        var n = (nuint)layer.Inputs;
        ref var x = ref Unsafe.Add(ref MemoryMarshal.GetReference(input), r * layer.Inputs);
        ref var w = ref layer.Weights[o * layer.Inputs];
        Vector<float> a0 = default, a1 = default, a2 = default, a3 = default;
        for (nuint k = 0; k < n; k += (nuint)Vector<float>.Count)
        {
            var v = Vector.LoadUnsafe(ref x, k);
            a0 = Fma(v, Vector.LoadUnsafe(ref w, k), a0);
            a1 = Fma(v, Vector.LoadUnsafe(ref w, n + k), a1);
            a2 = Fma(v, Vector.LoadUnsafe(ref w, (2 * n) + k), a2);
            a3 = Fma(v, Vector.LoadUnsafe(ref w, (3 * n) + k), a3);
        }

        layer.Store(output, r, o, Vector.Sum(a0), Vector.Sum(a1), Vector.Sum(a2), Vector.Sum(a3));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Fma(Vector512<float> a, Vector512<float> b, Vector512<float> c) =>
        Vector512.FusedMultiplyAdd(a, b, c);

    // MultiplyAddEstimate uses a fused instruction where the CPU has one instead of emulating it slowly.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<float> Fma(Vector<float> a, Vector<float> b, Vector<float> c) =>
        Vector.MultiplyAddEstimate(a, b, c);

    /// <summary>The weights of one dense layer plus whether results overwrite or add to the output.</summary>
    internal readonly record struct Layer(float[] Weights, float[] Bias, int Inputs, int Outputs, bool Accumulate)
    {
        // The kernels read through unchecked refs, so the spans are checked once per call instead.
        public void CheckBounds(ReadOnlySpan<float> input, Span<float> output, int rows)
        {
            if (input.Length < rows * Inputs || output.Length < rows * Outputs || Outputs % OutputBlock != 0)
            {
                throw new ArgumentException("Dense layer buffers are smaller than rows × width.");
            }
        }

        public void Store(Span<float> output, int row, int o, float s0, float s1, float s2, float s3)
        {
            var target = output.Slice((row * Outputs) + o, OutputBlock);
            var value = Vector128.Create(s0, s1, s2, s3) + Vector128.Create(Bias[o], Bias[o + 1], Bias[o + 2], Bias[o + 3]);
            if (Accumulate)
            {
                value += Vector128.Create(target[0], target[1], target[2], target[3]);
            }

            value.CopyTo(target);
        }
    }
}
