using Microsoft.ML.OnnxRuntime;

namespace Bot.Cli.Bench;

/// <summary>
/// The reference USE-lite ONNX model (../shared/models/use-lite-en/model.onnx) under ONNX Runtime, fed our
/// tokenizer's ids. Only <c>bench --reference</c> uses it: the product never ships or loads that model.
/// </summary>
internal sealed class ReferenceEncoder : IDisposable
{
    public const int BatchSize = 32;

    private readonly InferenceSession _session;

    public ReferenceEncoder(string modelPath)
    {
        if (!File.Exists(modelPath))
        {
            throw new InvalidOperationException($"--reference: no ONNX model at '{modelPath}' (expected ../shared/models/use-lite-en/model.onnx).");
        }

        _session = new InferenceSession(modelPath);
    }

    /// <summary>Sentence embeddings in input order; with <paramref name="sortByLength"/> the batches are formed from length-sorted sentences.</summary>
    public float[][] Encode(IReadOnlyList<int[]> tokens, bool sortByLength)
    {
        var order = Enumerable.Range(0, tokens.Count).ToArray();
        if (sortByLength)
        {
            order = [.. order.OrderBy(i => tokens[i].Length)];
        }

        var vectors = new float[tokens.Count][];
        for (int start = 0; start < order.Length; start += BatchSize)
        {
            var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var embeddings = Run(batch.Select(i => tokens[i]).ToList());
            for (int j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = embeddings[j];
            }
        }

        return vectors;
    }

    public void Dispose() => _session.Dispose();

    // One padded batch: ids and mask are [batch, longest]; an empty sentence still gets one masked slot.
    private float[][] Run(List<int[]> batch)
    {
        int length = Math.Max(1, batch.Max(t => t.Length));
        var ids = new long[batch.Count * length];
        var mask = new long[batch.Count * length];
        for (int i = 0; i < batch.Count; i++)
        {
            for (int t = 0; t < batch[i].Length; t++)
            {
                ids[(i * length) + t] = batch[i][t];
                mask[(i * length) + t] = 1;
            }
        }

        long[] shape = [batch.Count, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var options = new RunOptions();
        using var outputs = _session.Run(options, ["input_ids", "attention_mask"], [idsValue, maskValue], ["sentence_embedding"]);
        var flat = outputs[0].GetTensorDataAsSpan<float>();
        int dims = flat.Length / batch.Count;
        var vectors = new float[batch.Count][];
        for (int i = 0; i < batch.Count; i++)
        {
            vectors[i] = flat.Slice(i * dims, dims).ToArray();
        }

        return vectors;
    }
}
