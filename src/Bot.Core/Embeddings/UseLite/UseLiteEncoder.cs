using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Numerics.Tensors;

namespace Bot.Core.Embeddings.UseLite;

/// <summary>The Universal Sentence Encoder Lite network: token ids in, one L2-normalised 512-d vector out. Thread-safe.</summary>
public sealed class UseLiteEncoder
{
    /// <summary>Size of the sentence embedding and of the token states.</summary>
    public const int Dimensions = 512;

    internal const int EmbeddingWidth = 256;
    internal const int FeedForwardWidth = 1536;

    // Rows per packed batch: each weight panel is fetched from L3 once per pack, so taller packs fetch the
    // 20 MB of weights less often, and the last, zero-padded row tile wastes a smaller share. Measured on
    // squad-b sentences (sentences per CPU-second, 8×32 kernel): 64 rows 470, 128 rows 520, 192 rows 540, 256 rows 540.
    private const int MaxPackRows = 192;

    private readonly float[] _embeddings;
    private readonly float[] _timingSignal;
    private readonly TransformerLayer[] _layers;
    private readonly DenseLayer _tanhLayer;
    private readonly ConcurrentBag<UseLiteWorkspace> _workspaces = [];

    /// <summary>Builds the network from the TF.js weights; weight matrices are re-laid-out once here.</summary>
    public UseLiteEncoder(UseLiteWeights weights)
        : this(weights, IsOptimizedBuild ? DenseKernels.Best : DenseKernel.Dot)
    {
    }

    /// <summary>Tests use this to force each matrix-multiply kernel; an optimised build picks the best one on its own.</summary>
    internal UseLiteEncoder(UseLiteWeights weights, DenseKernel kernel)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var (embeddings, shape) = weights.Get("Embeddings_en");
        if (shape.Length != 2 || shape[1] != EmbeddingWidth)
        {
            throw new InvalidDataException("USE-lite Embeddings_en must be [vocabulary, 256].");
        }

        _embeddings = embeddings;
        VocabularySize = shape[0];
        _timingSignal = TimingSignal.Build(weights.Get("Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1", EmbeddingWidth / 2));
        _layers =
        [
            new TransformerLayer(weights, 0, EmbeddingWidth, heads: 4, kernel),
            new TransformerLayer(weights, 1, Dimensions, heads: 4, kernel),
        ];
        _tanhLayer = new DenseLayer(
            weights.Get("hidden_layers/tanh_layer_0/weights", Dimensions * Dimensions),
            weights.Get("hidden_layers/tanh_layer_0/bias", Dimensions),
            Dimensions,
            Dimensions,
            kernel);
    }

    // In a Debug build the JIT leaves the hand-written kernels unoptimised, far slower than the optimised
    // TensorPrimitives.Dot path; optimised, the AVX-512 panel kernel is about 2x faster than the old 4x4 dot tiles.
    private static bool IsOptimizedBuild =>
        typeof(UseLiteEncoder).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;

    /// <summary>Number of token ids the embedding table covers.</summary>
    public int VocabularySize { get; }

    /// <summary>Embeds one tokenised sentence (at most 128 ids; an empty sequence is allowed).</summary>
    public float[] Encode(IReadOnlyList<int> tokenIds)
    {
        ArgumentNullException.ThrowIfNull(tokenIds);
        return EncodeBatch([tokenIds.ToArray()])[0];
    }

    /// <summary>
    /// Embeds many tokenised sentences; they are packed without padding and, when there are several
    /// packs, encoded in parallel. Results are identical to encoding each sentence alone.
    /// </summary>
    public float[][] EncodeBatch(IReadOnlyList<int[]> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var results = new float[sentences.Count][];
        var totalRows = 0;
        foreach (var tokens in sentences)
        {
            Validate(tokens);
            totalRows += tokens.Length;
        }

        // Enough packs to keep every core busy, but no pack taller than MaxPackRows.
        var packRows = Math.Clamp((totalRows + Environment.ProcessorCount - 1) / Environment.ProcessorCount, 1, MaxPackRows);
        var packs = PackedBatch.Pack(sentences, packRows);
        var firstIndex = new int[packs.Count];
        for (var i = 1; i < packs.Count; i++)
        {
            firstIndex[i] = firstIndex[i - 1] + packs[i - 1].Count;
        }

        if (packs.Count == 1)
        {
            EncodePack(packs[0], results, 0);
            return results;
        }

        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, packs.Count, options, i => EncodePack(packs[i], results, firstIndex[i]));
        return results;
    }

    private void Validate(int[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Length > SentencePieceTokenizer.MaxTokens)
        {
            throw new ArgumentException($"USE-lite takes at most {SentencePieceTokenizer.MaxTokens} tokens per input.", nameof(tokens));
        }

        foreach (var id in tokens)
        {
            if ((uint)id >= (uint)VocabularySize)
            {
                throw new ArgumentOutOfRangeException(nameof(tokens), id, "Token id is outside the USE-lite vocabulary.");
            }
        }
    }

    private void EncodePack(PackedBatch batch, float[][] results, int firstIndex)
    {
        if (!_workspaces.TryTake(out var work))
        {
            work = new UseLiteWorkspace(Math.Max(MaxPackRows, SentencePieceTokenizer.MaxTokens));
        }

        try
        {
            Embed(batch, work.Embedded);
            _layers[0].Forward(work, batch, work.Embedded, work.Hidden);
            _layers[1].Forward(work, batch, work.Hidden, work.Hidden);
            Pool(work, batch, results, firstIndex);
        }
        finally
        {
            _workspaces.Add(work);
        }
    }

    /// <summary>Row = 2·embedding + timing signal; the graph adds the embedding twice (x + (x + timing)).</summary>
    private void Embed(PackedBatch batch, Span<float> embedded)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var tokens = batch.Tokens[i];
            var start = batch.Segments[i].Start;
            for (var t = 0; t < tokens.Length; t++)
            {
                var embedding = _embeddings.AsSpan(tokens[t] * EmbeddingWidth, EmbeddingWidth);
                var timing = _timingSignal.AsSpan(t * EmbeddingWidth, EmbeddingWidth);
                TensorPrimitives.MultiplyAdd(embedding, 2f, timing, embedded.Slice((start + t) * EmbeddingWidth, EmbeddingWidth));
            }
        }
    }

    /// <summary>
    /// Per sentence: mean over its tokens, tanh dense layer, then L2 normalisation. The dense layer runs once
    /// over all the pack's sentences (up to a workspace's rows at a time) rather than as one-row products.
    /// </summary>
    private void Pool(UseLiteWorkspace work, PackedBatch batch, float[][] results, int firstIndex)
    {
        for (var first = 0; first < batch.Count; first += work.RowCapacity)
        {
            var count = Math.Min(work.RowCapacity, batch.Count - first);
            var pooled = work.Pooled.AsSpan(0, count * Dimensions);
            for (var i = 0; i < count; i++)
            {
                Mean(work.Hidden, batch.Segments[first + i], pooled.Slice(i * Dimensions, Dimensions));
            }

            var projected = work.Projected.AsSpan(0, count * Dimensions);
            _tanhLayer.Apply(pooled, projected, count);
            for (var i = 0; i < count; i++)
            {
                var result = projected.Slice(i * Dimensions, Dimensions).ToArray();
                TensorPrimitives.Tanh(result, result);
                var norm = MathF.Sqrt(MathF.Max(TensorPrimitives.SumOfSquares(result), 1e-12f));
                TensorPrimitives.Divide(result, norm, result);
                results[firstIndex + first + i] = result;
            }
        }
    }

    private static void Mean(float[] hidden, (int Start, int Length) segment, Span<float> mean)
    {
        mean.Clear();
        for (var t = segment.Start; t < segment.Start + segment.Length; t++)
        {
            TensorPrimitives.Add(mean, hidden.AsSpan(t * Dimensions, Dimensions), mean);
        }

        // An empty input pools to zeros (count clamped to 1), so it still yields a finite, unit-length vector.
        TensorPrimitives.Divide(mean, Math.Max(segment.Length, 1), mean);
    }
}
