using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>
/// 6 rows × 64 columns with AVX-512: 24 accumulators; per step of k four panel loads and six broadcasts feed
/// twenty-four fused multiply-adds. The input rows are read in place (six base registers and one index).
/// </summary>
internal readonly struct MicroKernel512 : IMicroKernel
{
    public static int Rows => 6;

    public static int Width => 64;

    public static void Run(in GemmTile tile)
    {
        ref var a0 = ref tile.InputRow(0);
        ref var a1 = ref tile.InputRow(1);
        ref var a2 = ref tile.InputRow(2);
        ref var a3 = ref tile.InputRow(3);
        ref var a4 = ref tile.InputRow(4);
        ref var a5 = ref tile.InputRow(5);
        ref var panel = ref tile.Panel;
        Vector512<float> c00 = default, c01 = default, c02 = default, c03 = default;
        Vector512<float> c10 = default, c11 = default, c12 = default, c13 = default;
        Vector512<float> c20 = default, c21 = default, c22 = default, c23 = default;
        Vector512<float> c30 = default, c31 = default, c32 = default, c33 = default;
        Vector512<float> c40 = default, c41 = default, c42 = default, c43 = default;
        Vector512<float> c50 = default, c51 = default, c52 = default, c53 = default;
        for (nuint k = 0; k < tile.Depth; k++)
        {
            var b0 = Vector512.LoadUnsafe(ref panel, 0);
            var b1 = Vector512.LoadUnsafe(ref panel, 16);
            var b2 = Vector512.LoadUnsafe(ref panel, 32);
            var b3 = Vector512.LoadUnsafe(ref panel, 48);
            var a = Vector512.Create(Unsafe.Add(ref a0, k));
            c00 = Vector512.FusedMultiplyAdd(a, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(a, b1, c01);
            c02 = Vector512.FusedMultiplyAdd(a, b2, c02);
            c03 = Vector512.FusedMultiplyAdd(a, b3, c03);
            a = Vector512.Create(Unsafe.Add(ref a1, k));
            c10 = Vector512.FusedMultiplyAdd(a, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(a, b1, c11);
            c12 = Vector512.FusedMultiplyAdd(a, b2, c12);
            c13 = Vector512.FusedMultiplyAdd(a, b3, c13);
            a = Vector512.Create(Unsafe.Add(ref a2, k));
            c20 = Vector512.FusedMultiplyAdd(a, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(a, b1, c21);
            c22 = Vector512.FusedMultiplyAdd(a, b2, c22);
            c23 = Vector512.FusedMultiplyAdd(a, b3, c23);
            a = Vector512.Create(Unsafe.Add(ref a3, k));
            c30 = Vector512.FusedMultiplyAdd(a, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(a, b1, c31);
            c32 = Vector512.FusedMultiplyAdd(a, b2, c32);
            c33 = Vector512.FusedMultiplyAdd(a, b3, c33);
            a = Vector512.Create(Unsafe.Add(ref a4, k));
            c40 = Vector512.FusedMultiplyAdd(a, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(a, b1, c41);
            c42 = Vector512.FusedMultiplyAdd(a, b2, c42);
            c43 = Vector512.FusedMultiplyAdd(a, b3, c43);
            a = Vector512.Create(Unsafe.Add(ref a5, k));
            c50 = Vector512.FusedMultiplyAdd(a, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(a, b1, c51);
            c52 = Vector512.FusedMultiplyAdd(a, b2, c52);
            c53 = Vector512.FusedMultiplyAdd(a, b3, c53);
            panel = ref Unsafe.Add(ref panel, 64);
        }

        var bias0 = Vector512.LoadUnsafe(ref tile.Bias, 0);
        var bias1 = Vector512.LoadUnsafe(ref tile.Bias, 16);
        var bias2 = Vector512.LoadUnsafe(ref tile.Bias, 32);
        var bias3 = Vector512.LoadUnsafe(ref tile.Bias, 48);
        Store(tile, 0, c00 + bias0, c01 + bias1, c02 + bias2, c03 + bias3);
        Store(tile, 1, c10 + bias0, c11 + bias1, c12 + bias2, c13 + bias3);
        Store(tile, 2, c20 + bias0, c21 + bias1, c22 + bias2, c23 + bias3);
        Store(tile, 3, c30 + bias0, c31 + bias1, c32 + bias2, c33 + bias3);
        Store(tile, 4, c40 + bias0, c41 + bias1, c42 + bias2, c43 + bias3);
        Store(tile, 5, c50 + bias0, c51 + bias1, c52 + bias2, c53 + bias3);
    }

    // Sum + bias, then (when accumulating) + what the output held: the order of the plain dot-product path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(in GemmTile tile, int row, Vector512<float> v0, Vector512<float> v1, Vector512<float> v2, Vector512<float> v3)
    {
        if (row >= tile.RowCount)
        {
            return;
        }

        ref var target = ref tile.OutputRow(row);
        if (tile.Accumulate)
        {
            v0 = Vector512.LoadUnsafe(ref target) + v0;
            v1 = Vector512.LoadUnsafe(ref target, 16) + v1;
            v2 = Vector512.LoadUnsafe(ref target, 32) + v2;
            v3 = Vector512.LoadUnsafe(ref target, 48) + v3;
        }

        v0.StoreUnsafe(ref target);
        v1.StoreUnsafe(ref target, 16);
        v2.StoreUnsafe(ref target, 32);
        v3.StoreUnsafe(ref target, 48);
    }
}
