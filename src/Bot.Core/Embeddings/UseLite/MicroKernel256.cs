using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>
/// 6 rows × 16 columns with AVX2: 12 accumulators plus two panel vectors and one broadcast fit the 16 ymm
/// registers, so nothing spills; per step of k, two loads and six broadcasts feed twelve fused multiply-adds.
/// </summary>
internal readonly struct MicroKernel256 : IMicroKernel
{
    public static int Rows => 6;

    public static int Width => 16;

    public static void Run(in GemmTile tile)
    {
        ref var a0 = ref tile.InputRow(0);
        ref var a1 = ref tile.InputRow(1);
        ref var a2 = ref tile.InputRow(2);
        ref var a3 = ref tile.InputRow(3);
        ref var a4 = ref tile.InputRow(4);
        ref var a5 = ref tile.InputRow(5);
        ref var panel = ref tile.Panel;
        Vector256<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector256<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (nuint k = 0; k < tile.Depth; k++)
        {
            var b0 = Vector256.LoadUnsafe(ref panel);
            var b1 = Vector256.LoadUnsafe(ref panel, 8);
            var a = Vector256.Create(Unsafe.Add(ref a0, k));
            c00 = Fma(a, b0, c00);
            c01 = Fma(a, b1, c01);
            a = Vector256.Create(Unsafe.Add(ref a1, k));
            c10 = Fma(a, b0, c10);
            c11 = Fma(a, b1, c11);
            a = Vector256.Create(Unsafe.Add(ref a2, k));
            c20 = Fma(a, b0, c20);
            c21 = Fma(a, b1, c21);
            a = Vector256.Create(Unsafe.Add(ref a3, k));
            c30 = Fma(a, b0, c30);
            c31 = Fma(a, b1, c31);
            a = Vector256.Create(Unsafe.Add(ref a4, k));
            c40 = Fma(a, b0, c40);
            c41 = Fma(a, b1, c41);
            a = Vector256.Create(Unsafe.Add(ref a5, k));
            c50 = Fma(a, b0, c50);
            c51 = Fma(a, b1, c51);
            panel = ref Unsafe.Add(ref panel, 16);
        }

        var bias0 = Vector256.LoadUnsafe(ref tile.Bias);
        var bias1 = Vector256.LoadUnsafe(ref tile.Bias, 8);
        Store(tile, 0, c00 + bias0, c01 + bias1);
        Store(tile, 1, c10 + bias0, c11 + bias1);
        Store(tile, 2, c20 + bias0, c21 + bias1);
        Store(tile, 3, c30 + bias0, c31 + bias1);
        Store(tile, 4, c40 + bias0, c41 + bias1);
        Store(tile, 5, c50 + bias0, c51 + bias1);
    }

    // Sum + bias, then (when accumulating) + what the output held: the order of the plain dot-product path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(in GemmTile tile, int row, Vector256<float> left, Vector256<float> right)
    {
        if (row >= tile.RowCount)
        {
            return;
        }

        ref var target = ref tile.OutputRow(row);
        if (tile.Accumulate)
        {
            left = Vector256.LoadUnsafe(ref target) + left;
            right = Vector256.LoadUnsafe(ref target, 8) + right;
        }

        left.StoreUnsafe(ref target);
        right.StoreUnsafe(ref target, 8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Fma(Vector256<float> a, Vector256<float> b, Vector256<float> c) => Vector256.FusedMultiplyAdd(a, b, c);
}
