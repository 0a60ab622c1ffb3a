using System.Diagnostics;
using System.Numerics.Tensors;
using Bot.Core.Embeddings.UseLite;
using Bot.Core.Text;

namespace Bot.Cli.Bench;

/// <summary>
/// Sentences/s of the USE-lite encoder on a fixed set of news sentences and, given the reference ONNX model,
/// of ONNX Runtime on the same token ids in the same run. Rounds alternate between the engines so a busy
/// machine slows both alike; each figure is the median round.
/// </summary>
internal static class EncoderBench
{
    private const int Rounds = 3;

    public static EncoderFigures Run(UseLiteEmbeddingGenerator generator, IReadOnlyList<string> sentences, string? referencePath, CancellationToken cancellationToken)
    {
        double load = LoadAverage();
        var tokens = sentences.Select(generator.Tokenizer.Encode).ToArray();
        using var reference = referencePath is null ? null : new ReferenceEncoder(referencePath);
        var ours = new List<double>();
        var withTokenizer = new List<double>();
        var inOrder = new List<double>();
        var sorted = new List<double>();
        Warm(generator, reference, tokens);
        float[][] vectors = [];
        float[][] referenceVectors = [];
        for (int round = 0; round < Rounds; round++)
        {
            ours.Add(Rate(tokens.Length, () => vectors = generator.Encoder.EncodeBatch(tokens, cancellationToken)));
            withTokenizer.Add(Rate(tokens.Length, () => generator.GenerateAsync(sentences, cancellationToken: cancellationToken).GetAwaiter().GetResult()));
            if (reference is not null)
            {
                inOrder.Add(Rate(tokens.Length, () => referenceVectors = reference.Encode(tokens, sortByLength: false)));
                sorted.Add(Rate(tokens.Length, () => reference.Encode(tokens, sortByLength: true)));
            }
        }

        double oursMedian = Median(ours);
        double averageTokens = tokens.Average(t => (double)t.Length);
        var referenceFigures = reference is null ? null : new ReferenceFigures(
            Path.GetFileName(referencePath!),
            Versus(oursMedian, Median(inOrder)),
            Versus(oursMedian, Median(sorted)),
            Math.Round(MinCosine(vectors, referenceVectors), 6));
        return new EncoderFigures(tokens.Length, Math.Round(averageTokens, 1), Rounds, load, Math.Round(oursMedian, 1),
            Math.Round(oursMedian * averageTokens), Math.Round(Median(withTokenizer), 1), referenceFigures);
    }

    /// <summary>Every sentence of the seed articles, then sentences of generated news articles, up to <paramref name="count"/>.</summary>
    public static List<string> Sentences(string seedsFolder, ArticleGenerator generator, int count)
    {
        var seeds = Directory.Exists(seedsFolder)
            ? Directory.EnumerateFiles(seedsFolder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)
            : [];
        var generated = Enumerable.Range(0, int.MaxValue).Select(_ => generator.Article());
        return seeds.Concat(generated)
            .SelectMany(text => SentenceSplitter.Split(text).Select(s => s.Of(text)))
            .Take(count)
            .ToList();
    }

    // Tiered JIT (and ONNX Runtime's allocator) settle after the first calls; timing them would measure start-up.
    private static void Warm(UseLiteEmbeddingGenerator generator, ReferenceEncoder? reference, int[][] tokens)
    {
        var sample = tokens.Take(256).ToArray();
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(1))
        {
            generator.Encoder.EncodeBatch(sample);
        }

        reference?.Encode(sample, sortByLength: false);
        reference?.Encode(sample, sortByLength: true);
    }

    private static double Rate(int sentences, Action run)
    {
        var watch = Stopwatch.StartNew();
        run();
        return sentences / watch.Elapsed.TotalSeconds;
    }

    private static ReferenceRun Versus(double ours, double reference) => new(Math.Round(reference, 1), Math.Round(ours / reference, 2));

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double MinCosine(float[][] ours, float[][] reference) =>
        ours.Zip(reference, (a, b) => (double)TensorPrimitives.CosineSimilarity(a, b)).DefaultIfEmpty(1).Min();

    // /proc/loadavg on Linux: "0.52 0.58 0.59 1/467 12345"; elsewhere the load is unknown.
    private static double LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) && double.TryParse(File.ReadAllText(path).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out double load) ? load : -1;
    }
}
