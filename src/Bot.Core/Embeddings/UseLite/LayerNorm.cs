using System.Numerics.Tensors;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>Row-wise layer normalisation: (x − mean) / sqrt(variance + ε) · scale + bias.</summary>
internal sealed class LayerNorm
{
    private readonly float[] _scale;
    private readonly float[] _bias;
    private readonly float _epsilon;

    private LayerNorm(float[] scale, float[] bias, float epsilon)
    {
        _scale = scale;
        _bias = bias;
        _epsilon = epsilon;
    }

    private int Width => _scale.Length;

    /// <summary>Loads layer_norm_scale and layer_norm_bias found under <paramref name="prefix"/>.</summary>
    public static LayerNorm Load(UseLiteWeights weights, string prefix, int width, float epsilon) => new(
        weights.Get(prefix + "layer_norm_scale/ConcatPartitions/concat", width),
        weights.Get(prefix + "layer_norm_bias/ConcatPartitions/concat", width),
        epsilon);

    /// <summary>Normalises each of <paramref name="rows"/> rows of <paramref name="input"/> into <paramref name="output"/>.</summary>
    public void Apply(ReadOnlySpan<float> input, Span<float> output, int rows)
    {
        var width = Width;
        for (var r = 0; r < rows; r++)
        {
            var source = input.Slice(r * width, width);
            var target = output.Slice(r * width, width);
            var mean = TensorPrimitives.Sum(source) / width;
            TensorPrimitives.Subtract(source, mean, target);
            var variance = TensorPrimitives.SumOfSquares(target) / width;
            var inverse = 1f / MathF.Sqrt(variance + _epsilon);
            TensorPrimitives.Multiply(target, inverse, target);
            TensorPrimitives.FusedMultiplyAdd(target, _scale, _bias, target);
        }
    }
}
