using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>
/// output = input · W + bias (or output += …) for a row-major input, with W in a <see cref="PanelMatrix"/>.
/// Each weight panel is loaded once and swept over all tiles of <c>TKernel.Rows</c> input rows while it is
/// still in cache (a pack's rows fit in L2; the whole weight matrix does not).
/// </summary>
internal static class PanelGemm
{
    public static void Multiply<TKernel>(PanelMatrix weights, ReadOnlySpan<float> bias, ReadOnlySpan<float> input, Span<float> output, int rows, bool accumulate)
        where TKernel : struct, IMicroKernel
    {
        var depth = weights.Inputs;
        var outputs = weights.Outputs;
        var tileRows = TKernel.Rows;
        var width = TKernel.Width;
        // The kernels use unchecked refs, so every bound is checked here once.
        if (weights.Width != width || input.Length < rows * depth || output.Length < rows * outputs || bias.Length != outputs)
        {
            throw new ArgumentException("GEMM buffers do not match the weights, the rows or the micro-kernel.");
        }

        ref var inputStart = ref MemoryMarshal.GetReference(input);
        ref var outputStart = ref MemoryMarshal.GetReference(output);
        ref var biasStart = ref MemoryMarshal.GetReference(bias);
        for (var panel = 0; panel < weights.Panels; panel++)
        {
            var column = panel * width;
            for (var row = 0; row < rows; row += tileRows)
            {
                TKernel.Run(new GemmTile(
                    ref Unsafe.Add(ref inputStart, row * depth), depth, Math.Min(tileRows, rows - row),
                    ref weights.Panel(panel), depth,
                    ref Unsafe.Add(ref outputStart, (row * outputs) + column), outputs,
                    ref Unsafe.Add(ref biasStart, column), accumulate));
            }
        }
    }
}
