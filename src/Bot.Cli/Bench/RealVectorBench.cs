using System.Text.Json;
using Bot.Core.Retrieval;
using Bot.Core.Retrieval.Scanning;
using Bot.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli.Bench;

/// <summary>Recall of the vector searches on real USE-lite vectors: the seed sentences (each one a query against the others) and, when given, squad-b's sentences queried by its questions.</summary>
/// <remarks>
/// Clustered synthetic vectors are isotropic around their centres; sentence vectors are not (they share a
/// common direction and some dimensions carry far more than others), which is what sign codes are most
/// sensitive to. These sets are small, so besides the store's own candidate count (which covers a small
/// store whole) each is also searched with only <see cref="TightCandidates"/> candidates, the regime the
/// sign pass works in at a million rows.
/// </remarks>
internal static class RealVectorBench
{
    private const int Top = 10;
    private const int TightCandidates = 40;
    private const int Batch = 64;

    public static async Task<List<RealVectorFigures>> RunAsync(CliContext context, string? squad, int queries, ScanSettings settings, CancellationToken cancellationToken)
    {
        using var services = context.BuildServices();
        var embedder = services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>();
        var seeds = await EmbedAsync(embedder, Sentences(Path.Combine(AppContext.BaseDirectory, "seeds"), skipFirstLine: false), cancellationToken);
        var figures = new List<RealVectorFigures> { Measure("seed sentences (leave one out)", seeds, seeds.Take(queries).ToList(), leaveOneOut: true, settings) };
        if (squad is not null)
        {
            // Line 1 of each squad-b article is its title; only the text is searched. The text is read here and never written anywhere.
            var sentences = await EmbedAsync(embedder, Sentences(Path.Combine(squad, "corpus"), skipFirstLine: true), cancellationToken);
            var questions = await EmbedAsync(embedder, Questions(Path.Combine(squad, "questions.jsonl"), queries), cancellationToken);
            figures.Add(Measure("squad-b sentences, its questions", sentences, questions, leaveOneOut: false, settings));
        }

        return figures;
    }

    private static RealVectorFigures Measure(string set, List<float[]> stored, List<float[]> queries, bool leaveOneOut, ScanSettings settings)
    {
        int dimensions = stored[0].Length;
        var flat = stored.SelectMany(v => v).ToArray();
        var ((matrix, signs), rows) = StoredCodes.Build(stored.Count, dimensions, (row, values) => stored[row].CopyTo(values, 0));
        var tight = settings with { CandidatesPerResult = TightCandidates / Top, MinCandidates = TightCandidates };
        var results = new List<(int Row, float Score)>[4][];
        for (int m = 0; m < results.Length; m++)
        {
            results[m] = new List<(int Row, float Score)>[queries.Count];
        }

        for (int q = 0; q < queries.Count; q++)
        {
            int self = q;
            Func<int, bool>? filter = leaveOneOut ? row => row != self : null;
            results[0][q] = ExactScan.Search(flat, dimensions, queries[q], Top, filter);
            results[1][q] = QuantizedScan.Search(matrix, queries[q], Top, filter, settings, rows);
            results[2][q] = CompactScan.Search(matrix, signs, queries[q], Top, filter, settings, rows);
            results[3][q] = CompactScan.Search(matrix, signs, queries[q], Top, filter, tight, rows);
        }

        return new RealVectorFigures(set, stored.Count, queries.Count, VectorBench.Recall(results[0], results[1]), VectorBench.Recall(results[0], results[2]),
            Math.Min(stored.Count, settings.CandidatesFor(Top)), VectorBench.Recall(results[0], results[3]), TightCandidates);
    }

    private static List<string> Sentences(string folder, bool skipFirstLine)
    {
        var sentences = new List<string>();
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(path);
            text = skipFirstLine && text.IndexOf('\n') is int end and >= 0 ? text[(end + 1)..] : text;
            sentences.AddRange(SentenceSplitter.Split(text).Select(s => s.Of(text)));
        }

        return sentences;
    }

    private static List<string> Questions(string path, int count) =>
        File.ReadLines(path).Take(count).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString() ?? "").ToList();

    private static async Task<List<float[]>> EmbedAsync(IEmbeddingGenerator<string, Embedding<float>> embedder, List<string> texts, CancellationToken cancellationToken)
    {
        var vectors = new List<float[]>(texts.Count);
        foreach (var batch in texts.Chunk(Batch))
        {
            var embeddings = await embedder.GenerateAsync(batch, cancellationToken: cancellationToken);
            vectors.AddRange(embeddings.Select(e => VectorMath.Normalize(e.Vector.Span).ToArray()));
        }

        return vectors;
    }
}

/// <summary>Recall@10 against exact search on one set of real sentence vectors.</summary>
/// <param name="RecallAt10Int8">The full int8 scan with float32 rescoring.</param>
/// <param name="RecallAt10Compact">The store's search with its own settings (<paramref name="Candidates"/> sign-code candidates).</param>
/// <param name="RecallAt10CompactTight">The store's search keeping only <paramref name="TightCandidates"/> sign-code candidates.</param>
internal sealed record RealVectorFigures(
    string Set,
    int Rows,
    int Queries,
    [property: System.Text.Json.Serialization.JsonPropertyName("recall_at_10_int8")] double RecallAt10Int8,
    [property: System.Text.Json.Serialization.JsonPropertyName("recall_at_10_compact")] double RecallAt10Compact,
    int Candidates,
    [property: System.Text.Json.Serialization.JsonPropertyName("recall_at_10_compact_tight")] double RecallAt10CompactTight,
    int TightCandidates);
