using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>An affine map y = x·W + b applied to every row of a row-major matrix.</summary>
internal sealed class DenseLayer
{
    // W is stored transposed ([outputs, inputs]) so every output is a dot product of two contiguous rows.
    private readonly float[] _transposed;
    private readonly float[] _bias;
    private readonly bool _useSimdKernels;

    /// <summary>Takes W in the TF layout [inputs, outputs] and transposes it once.</summary>
    public DenseLayer(float[] kernel, float[] bias, int inputs, int outputs, bool useSimdKernels)
    {
        if (kernel.Length != inputs * outputs || bias.Length != outputs || outputs % DenseKernels.OutputBlock != 0)
        {
            throw new InvalidDataException($"Dense layer {inputs}->{outputs} has mismatched weights.");
        }

        Inputs = inputs;
        Outputs = outputs;
        _bias = bias;
        _useSimdKernels = useSimdKernels;
        _transposed = new float[kernel.Length];
        for (var i = 0; i < inputs; i++)
        {
            for (var o = 0; o < outputs; o++)
            {
                _transposed[(o * inputs) + i] = kernel[(i * outputs) + o];
            }
        }
    }

    public int Inputs { get; }

    public int Outputs { get; }

    /// <summary>Writes (or with <paramref name="accumulate"/> adds) x·W + b for <paramref name="rows"/> rows.</summary>
    public void Apply(ReadOnlySpan<float> input, Span<float> output, int rows, bool accumulate = false)
    {
        var layer = new DenseKernels.Layer(_transposed, _bias, Inputs, Outputs, accumulate);
        if (_useSimdKernels && Vector512.IsHardwareAccelerated && Inputs % Vector512<float>.Count == 0)
        {
            DenseKernels.Apply512(layer, input, output, rows);
        }
        else if (_useSimdKernels && Vector.IsHardwareAccelerated && Inputs % Vector<float>.Count == 0)
        {
            DenseKernels.ApplyVector(layer, input, output, rows);
        }
        else
        {
            ApplyWithDot(input, output, rows, accumulate);
        }
    }

    /// <summary>For hardware without SIMD, and for unoptimised (Debug) builds, where the hand-written kernels run far slower than the optimised library.</summary>
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
