namespace Bot.Core.Embeddings.UseLite;

/// <summary>
/// A weight matrix re-laid-out once at load for the GEMM micro-kernels: the outputs are cut into panels of
/// <see cref="Width"/> columns, and each panel stores, input after input, its <see cref="Width"/> weights
/// contiguously. A micro-kernel then reads one panel front to back with unit stride.
/// </summary>
internal sealed class PanelMatrix
{
    private readonly float[] _data;

    /// <summary>Takes W in the TF layout [inputs, outputs] (row-major).</summary>
    public PanelMatrix(float[] kernel, int inputs, int outputs, int width)
    {
        if (outputs % width != 0)
        {
            throw new ArgumentException($"{outputs} outputs do not split into panels of {width}.", nameof(width));
        }

        Inputs = inputs;
        Outputs = outputs;
        Width = width;
        _data = new float[kernel.Length];
        for (var panel = 0; panel < outputs / width; panel++)
        {
            for (var k = 0; k < inputs; k++)
            {
                kernel.AsSpan((k * outputs) + (panel * width), width).CopyTo(_data.AsSpan(((panel * inputs) + k) * width, width));
            }
        }
    }

    public int Inputs { get; }

    public int Outputs { get; }

    /// <summary>Columns per panel.</summary>
    public int Width { get; }

    public int Panels => Outputs / Width;

    /// <summary>The first weight of panel <paramref name="panel"/>; the panel spans Inputs × Width floats.</summary>
    public ref float Panel(int panel) => ref _data[panel * Inputs * Width];
}
