using System.Runtime.CompilerServices;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>
/// One micro-kernel call: a tile of input rows (row-major, <see cref="InputStride"/> floats apart), one weight panel,
/// and where its outputs go. The caller has checked every bound, so kernels read through unchecked refs.
/// </summary>
internal readonly ref struct GemmTile(ref float input, int inputStride, int rowCount, ref float panel, int depth, ref float output, int outputStride, ref float bias, bool accumulate)
{
    public readonly ref float Input = ref input;
    public readonly int InputStride = inputStride;

    /// <summary>Rows that are real (1..Rows); missing rows of a short last tile are read from row 0 and never stored.</summary>
    public readonly int RowCount = rowCount;

    /// <summary>The panel's first weight; it holds Depth × Width floats, k-major.</summary>
    public readonly ref float Panel = ref panel;
    public readonly nuint Depth = (nuint)depth;
    public readonly ref float Output = ref output;
    public readonly int OutputStride = outputStride;
    public readonly ref float Bias = ref bias;
    public readonly bool Accumulate = accumulate;

    /// <summary>Row <paramref name="row"/> of the input, or row 0 for a row past <see cref="RowCount"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref float InputRow(int row) => ref row < RowCount ? ref Unsafe.Add(ref Input, row * InputStride) : ref Input;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref float OutputRow(int row) => ref Unsafe.Add(ref Output, row * OutputStride);
}
