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
    private readonly SelfAttention _attention;

    public TransformerLayer(UseLiteWeights weights, int index, int inputWidth, int heads, DenseKernel kernel)
    {
        var p = $"Layer_{index}/TransformerLayer/";
        const int width = UseLiteEncoder.Dimensions;
        const int ffn = UseLiteEncoder.FeedForwardWidth;
        // The attention runs at the input width; layer 0 (256 wide) widens to 512 in its output projection.
        var attention = inputWidth;
        var epsilon = weights.Scalar("Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x");
        _attention = new SelfAttention(attention, heads, weights.Scalar(p + "MultiheadAttention/mul/y"));
        _attentionNorm = LayerNorm.Load(weights, p + "layer_prepostprocess/layer_norm/", inputWidth, epsilon);
        _queryKeyValue = Dense(weights, kernel, p + "MultiheadAttention/qkv_transform_single/kernel/part_0",
            p + "MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat", inputWidth, 3 * attention);
        _attentionOutput = Dense(weights, kernel, p + "MultiheadAttention/output_transform_single/kernel/part_0",
            p + "MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat", attention, width);
        _feedForwardNorm = LayerNorm.Load(weights, p + "FFN/layer_prepostprocess/layer_norm/", width, epsilon);
        _feedForwardIn = Dense(weights, kernel, p + "FFN/conv1/Tensordot/Reshape_1", p + "FFN/conv1/bias/ConcatPartitions/concat", width, ffn);
        _feedForwardOut = Dense(weights, kernel, p + "FFN/conv2/Tensordot/Reshape_1", p + "FFN/conv2/bias/ConcatPartitions/concat", ffn, width);
        if (inputWidth != width)
        {
            _residualProjection = Dense(weights, kernel, p + "dense/kernel/ConcatPartitions/concat",
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
            _attention.Apply(qkv, context, start, length, work.Scores);
        }

        _attentionOutput.Apply(context, output, rows, accumulate: true);

        var normalized2 = work.Normalized.AsSpan(0, rows * UseLiteEncoder.Dimensions);
        _feedForwardNorm.Apply(output, normalized2, rows);
        var hidden = work.FeedForward.AsSpan(0, rows * UseLiteEncoder.FeedForwardWidth);
        _feedForwardIn.Apply(normalized2, hidden, rows);
        TensorPrimitives.Max(hidden, 0f, hidden);
        _feedForwardOut.Apply(hidden, output, rows, accumulate: true);
    }

    private static DenseLayer Dense(UseLiteWeights weights, DenseKernel kernel, string weightsName, string biasName, int inputs, int outputs) =>
        new(weights.Get(weightsName, inputs * outputs), weights.Get(biasName, outputs), inputs, outputs, kernel);
}
