using System.Numerics.Tensors;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>One pre-layer-norm transformer layer of USE-lite: self-attention, then a ReLU feed-forward block.</summary>
internal sealed class TransformerLayer
{
    private readonly LayerNorm _attentionNorm;
    private readonly DenseLayer _queryKeyValue;
    private readonly DenseLayer _attentionOutput;
    private readonly DenseLayer? _residualProjection;
    private readonly LayerNorm _feedForwardNorm;
    private readonly DenseLayer _feedForwardIn;
    private readonly DenseLayer _feedForwardOut;
    private readonly float _queryScale;
    private readonly int _heads;

    public TransformerLayer(UseLiteWeights weights, int index, int inputWidth, int heads, bool useSimdKernels)
    {
        var p = $"Layer_{index}/TransformerLayer/";
        const int width = UseLiteEncoder.Dimensions;
        const int ffn = UseLiteEncoder.FeedForwardWidth;
        // The attention runs at the input width; layer 0 (256 wide) widens to 512 in its output projection.
        var attention = inputWidth;
        var epsilon = weights.Scalar("Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x");
        _heads = heads;
        _queryScale = weights.Scalar(p + "MultiheadAttention/mul/y");
        _attentionNorm = LayerNorm.Load(weights, p + "layer_prepostprocess/layer_norm/", inputWidth, epsilon);
        _queryKeyValue = Dense(weights, useSimdKernels, p + "MultiheadAttention/qkv_transform_single/kernel/part_0",
            p + "MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat", inputWidth, 3 * attention);
        _attentionOutput = Dense(weights, useSimdKernels, p + "MultiheadAttention/output_transform_single/kernel/part_0",
            p + "MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat", attention, width);
        _feedForwardNorm = LayerNorm.Load(weights, p + "FFN/layer_prepostprocess/layer_norm/", width, epsilon);
        _feedForwardIn = Dense(weights, useSimdKernels, p + "FFN/conv1/Tensordot/Reshape_1", p + "FFN/conv1/bias/ConcatPartitions/concat", width, ffn);
        _feedForwardOut = Dense(weights, useSimdKernels, p + "FFN/conv2/Tensordot/Reshape_1", p + "FFN/conv2/bias/ConcatPartitions/concat", ffn, width);
        if (inputWidth != width)
        {
            _residualProjection = Dense(weights, useSimdKernels, p + "dense/kernel/ConcatPartitions/concat",
                p + "dense/bias/ConcatPartitions/concat", inputWidth, width);
        }
    }

    public int InputWidth => _queryKeyValue.Inputs;

    /// <summary>
    /// Runs the layer on the packed rows of <paramref name="batch"/>. <paramref name="input"/> may be the
    /// same buffer as <paramref name="output"/> (the 512-wide layer), because it is only read before output is written.
    /// </summary>
    public void Forward(UseLiteWorkspace work, PackedBatch batch, ReadOnlySpan<float> input, Span<float> output)
    {
        var rows = batch.Rows;
        var normalized = work.Normalized.AsSpan(0, rows * InputWidth);
        _attentionNorm.Apply(input, normalized, rows);
        // Residual branch: identity when widths match (output already holds input), else a learned projection.
        _residualProjection?.Apply(input, output, rows);

        var qkv = work.QueryKeyValue.AsSpan(0, rows * _queryKeyValue.Outputs);
        _queryKeyValue.Apply(normalized, qkv, rows);
        var context = work.Context.AsSpan(0, rows * _attentionOutput.Inputs);
        for (var i = 0; i < batch.Count; i++)
        {
            var (start, length) = batch.Segments[i];
            Attend(qkv, context, start, length, work.Scores);
        }

        _attentionOutput.Apply(context, output, rows, accumulate: true);

        var normalized2 = work.Normalized.AsSpan(0, rows * UseLiteEncoder.Dimensions);
        _feedForwardNorm.Apply(output, normalized2, rows);
        var hidden = work.FeedForward.AsSpan(0, rows * UseLiteEncoder.FeedForwardWidth);
        _feedForwardIn.Apply(normalized2, hidden, rows);
        TensorPrimitives.Max(hidden, 0f, hidden);
        _feedForwardOut.Apply(hidden, output, rows, accumulate: true);
    }

    /// <summary>Multi-head self-attention within one sentence (rows start..start+length), so no padding mask is needed.</summary>
    private void Attend(Span<float> qkv, Span<float> context, int start, int length, float[] scoreBuffer)
    {
        var width = _attentionOutput.Inputs;
        var headWidth = width / _heads;
        var stride = 3 * width;
        var scores = scoreBuffer.AsSpan(0, length);
        for (var h = 0; h < _heads; h++)
        {
            var offset = h * headWidth;
            for (var t = start; t < start + length; t++)
            {
                var query = qkv.Slice((t * stride) + offset, headWidth);
                for (var s = 0; s < length; s++)
                {
                    var key = qkv.Slice(((start + s) * stride) + width + offset, headWidth);
                    scores[s] = TensorPrimitives.Dot(query, key) * _queryScale;
                }

                SoftmaxInPlace(scores);
                var target = context.Slice((t * width) + offset, headWidth);
                target.Clear();
                for (var s = 0; s < length; s++)
                {
                    var value = qkv.Slice(((start + s) * stride) + (2 * width) + offset, headWidth);
                    TensorPrimitives.MultiplyAdd(value, scores[s], target, target);
                }
            }
        }
    }

    private static void SoftmaxInPlace(Span<float> scores)
    {
        // Subtracting the maximum keeps Exp finite for any score range.
        TensorPrimitives.Subtract(scores, TensorPrimitives.Max(scores), scores);
        TensorPrimitives.Exp(scores, scores);
        TensorPrimitives.Divide(scores, TensorPrimitives.Sum(scores), scores);
    }

    private static DenseLayer Dense(UseLiteWeights weights, bool simd, string kernel, string bias, int inputs, int outputs) =>
        new(weights.Get(kernel, inputs * outputs), weights.Get(bias, outputs), inputs, outputs, simd);
}
