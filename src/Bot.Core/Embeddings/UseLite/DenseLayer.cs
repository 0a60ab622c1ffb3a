using System.Numerics.Tensors;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>An affine map y = x·W + b applied to every row of a row-major matrix.</summary>
internal sealed class DenseLayer
{
    private readonly DenseKernel _kernel;
    private readonly float[] _bias;

    // Exactly one layout is kept: panels for the SIMD micro-kernels, or W transposed ([outputs, inputs]) for the
    // dot-product path, where every output is then a dot product of two contiguous rows.
    private readonly PanelMatrix? _panels;
    private readonly float[]? _transposed;

    /// <summary>Takes W in the TF layout [inputs, outputs] and re-lays it out once for <paramref name="kernel"/>.</summary>
    public DenseLayer(float[] weights, float[] bias, int inputs, int outputs, DenseKernel kernel)
    {
        if (weights.Length != inputs * outputs || bias.Length != outputs)
        {
            throw new InvalidDataException($"Dense layer {inputs}->{outputs} has mismatched weights.");
        }

        Inputs = inputs;
        Outputs = outputs;
        _bias = bias;
        _kernel = kernel;
        switch (kernel)
        {
            case DenseKernel.Panel512:
                _panels = new PanelMatrix(weights, inputs, outputs, MicroKernel512.Width);
                break;
            case DenseKernel.Panel256:
                _panels = new PanelMatrix(weights, inputs, outputs, MicroKernel256.Width);
                break;
            default:
                _transposed = Transpose(weights, inputs, outputs);
                break;
        }
    }

    public int Inputs { get; }

    public int Outputs { get; }

    /// <summary>Writes (or with <paramref name="accumulate"/> adds) x·W + b for <paramref name="rows"/> rows.</summary>
    public void Apply(ReadOnlySpan<float> input, Span<float> output, int rows, bool accumulate = false)
    {
        switch (_kernel)
        {
            case DenseKernel.Panel512:
                PanelGemm.Multiply<MicroKernel512>(_panels!, _bias, input, output, rows, accumulate);
                break;
            case DenseKernel.Panel256:
                PanelGemm.Multiply<MicroKernel256>(_panels!, _bias, input, output, rows, accumulate);
                break;
            default:
                ApplyWithDot(input, output, rows, accumulate);
                break;
        }
    }

    private static float[] Transpose(float[] weights, int inputs, int outputs)
    {
        var transposed = new float[weights.Length];
        for (var i = 0; i < inputs; i++)
        {
            for (var o = 0; o < outputs; o++)
            {
                transposed[(o * inputs) + i] = weights[(i * outputs) + o];
            }
        }

        return transposed;
    }

    private void ApplyWithDot(ReadOnlySpan<float> input, Span<float> output, int rows, bool accumulate)
    {
        for (var o = 0; o < Outputs; o++)
        {
            var weightRow = _transposed.AsSpan(o * Inputs, Inputs);
            for (var r = 0; r < rows; r++)
            {
                var value = TensorPrimitives.Dot(input.Slice(r * Inputs, Inputs), weightRow) + _bias[o];
                ref var target = ref output[(r * Outputs) + o];
                target = accumulate ? target + value : value;
            }
        }
    }
}
