namespace Bot.Core.Embeddings.UseLite;

/// <summary>
/// A register-blocked GEMM inner kernel: multiplies up to <see cref="Rows"/> input rows by one weight panel of
/// <see cref="Width"/> columns, keeping the whole Rows × Width tile of sums in registers for the full depth.
/// A static abstract member lets <see cref="PanelGemm"/> be specialised per kernel by the JIT (no virtual calls).
/// </summary>
internal interface IMicroKernel
{
    /// <summary>Input rows per tile (MR).</summary>
    static abstract int Rows { get; }

    /// <summary>Output columns per tile (NR): the panel width of the weights.</summary>
    static abstract int Width { get; }

    /// <summary>
    /// For each of the first <see cref="GemmTile.RowCount"/> rows r and each column c of the panel:
    /// output[r, c] = Σ_k input[r, k] · panel[k, c] + bias[c] (plus the old output[r, c] when accumulating).
    /// The sum runs in order of k by fused multiply-adds, so every output is the same chain whatever tile it
    /// lands in and results do not depend on how rows were batched.
    /// </summary>
    static abstract void Run(in GemmTile tile);
}
