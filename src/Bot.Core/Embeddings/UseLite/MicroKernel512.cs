using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>
/// 8 rows × 32 columns with AVX-512: 16 accumulators, and per step of k two panel loads and eight broadcasts
/// feed sixteen fused multiply-adds, so the loop is bound by the FMA units rather than by loads. The input rows
/// are read in place (eight base registers and one index), so they need no packing copy.
/// </summary>
internal readonly struct MicroKernel512 : IMicroKernel
{
    public static int Rows => 8;

    public static int Width => 32;

    public static void Run(in GemmTile tile)
    {
        ref var a0 = ref tile.InputRow(0);
        ref var a1 = ref tile.InputRow(1);
        ref var a2 = ref tile.InputRow(2);
        ref var a3 = ref tile.InputRow(3);
        ref var a4 = ref tile.InputRow(4);
        ref var a5 = ref tile.InputRow(5);
        ref var a6 = ref tile.InputRow(6);
        ref var a7 = ref tile.InputRow(7);
        ref var panel = ref tile.Panel;
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default, c30 = default, c31 = default;
        Vector512<float> c40 = default, c41 = default, c50 = default, c51 = default, c60 = default, c61 = default, c70 = default, c71 = default;
        for (nuint k = 0; k < tile.Depth; k++)
        {
            var b0 = Vector512.LoadUnsafe(ref panel);
            var b1 = Vector512.LoadUnsafe(ref panel, 16);
            var a = Vector512.Create(Unsafe.Add(ref a0, k));
            c00 = Fma(a, b0, c00);
            c01 = Fma(a, b1, c01);
            a = Vector512.Create(Unsafe.Add(ref a1, k));
            c10 = Fma(a, b0, c10);
            c11 = Fma(a, b1, c11);
            a = Vector512.Create(Unsafe.Add(ref a2, k));
            c20 = Fma(a, b0, c20);
            c21 = Fma(a, b1, c21);
            a = Vector512.Create(Unsafe.Add(ref a3, k));
            c30 = Fma(a, b0, c30);
            c31 = Fma(a, b1, c31);
            a = Vector512.Create(Unsafe.Add(ref a4, k));
            c40 = Fma(a, b0, c40);
            c41 = Fma(a, b1, c41);
            a = Vector512.Create(Unsafe.Add(ref a5, k));
            c50 = Fma(a, b0, c50);
            c51 = Fma(a, b1, c51);
            a = Vector512.Create(Unsafe.Add(ref a6, k));
            c60 = Fma(a, b0, c60);
            c61 = Fma(a, b1, c61);
            a = Vector512.Create(Unsafe.Add(ref a7, k));
            c70 = Fma(a, b0, c70);
            c71 = Fma(a, b1, c71);
            panel = ref Unsafe.Add(ref panel, 32);
        }

        var bias0 = Vector512.LoadUnsafe(ref tile.Bias);
        var bias1 = Vector512.LoadUnsafe(ref tile.Bias, 16);
        Store(tile, 0, c00 + bias0, c01 + bias1);
        Store(tile, 1, c10 + bias0, c11 + bias1);
        Store(tile, 2, c20 + bias0, c21 + bias1);
        Store(tile, 3, c30 + bias0, c31 + bias1);
        Store(tile, 4, c40 + bias0, c41 + bias1);
        Store(tile, 5, c50 + bias0, c51 + bias1);
        Store(tile, 6, c60 + bias0, c61 + bias1);
        Store(tile, 7, c70 + bias0, c71 + bias1);
    }

    // Sum + bias, then (when accumulating) + what the output held: the order of the plain dot-product path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(in GemmTile tile, int row, Vector512<float> left, Vector512<float> right)
    {
        if (row >= tile.RowCount)
        {
            return;
        }

        ref var target = ref tile.OutputRow(row);
        if (tile.Accumulate)
        {
            left = Vector512.LoadUnsafe(ref target) + left;
            right = Vector512.LoadUnsafe(ref target, 16) + right;
        }

        left.StoreUnsafe(ref target);
        right.StoreUnsafe(ref target, 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Fma(Vector512<float> a, Vector512<float> b, Vector512<float> c) => Vector512.FusedMultiplyAdd(a, b, c);
}
