using System.Text.Json;

namespace Bot.Cli.Tests;

public sealed class BenchCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Bench_TinyWithJson_PrintsEveryFigureUnderStableKeys()
    {
        var (code, output) = await _cli.RunAsync("bench", "--sizes", "2000", "--dims", "64", "--queries", "20", "--articles", "5", "--sentences", "40", "--json");

        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["machine", "vectors", "real_vectors", "lexical", "ingest", "encoder", "contention"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("machine").GetProperty("bandwidth_gbs_one_thread").GetDouble() > 0);
        var vectors = Assert.Single(root.GetProperty("vectors").EnumerateArray().ToList());
        Assert.Equal(2000, vectors.GetProperty("size").GetInt32());
        Assert.InRange(vectors.GetProperty("recall_at_10").GetDouble(), 0.9, 1.0);
        Assert.InRange(vectors.GetProperty("recall_at_10_compact").GetDouble(), 0.9, 1.0);
        // Present, not timed: a tiny store's ratio and load times may round to zero.
        Assert.True(vectors.GetProperty("exact_over_compact_p95").GetDouble() >= 0);
        Assert.True(vectors.GetProperty("file").GetProperty("load_ms").GetDouble() >= 0);
        Assert.True(vectors.GetProperty("file").GetProperty("load_mapped_ms").GetDouble() >= 0);
        foreach (var method in new[] { "exact", "int8", "compact" })
        {
            var scan = vectors.GetProperty(method);
            Assert.Equal(20, scan.GetProperty("one_thread").GetProperty("queries").GetInt32());
            Assert.True(scan.GetProperty("one_thread").GetProperty("p95_ms").GetDouble() > 0);
            Assert.True(scan.GetProperty("bytes_per_chunk").GetDouble() > 0);
            // Bytes over a measured bandwidth, rounded to 0.001 ms: a tiny store's floor may round to zero, as its load times do.
            Assert.True(scan.GetProperty("floor_ms").GetDouble() >= 0);
        }

        var real = Assert.Single(root.GetProperty("real_vectors").EnumerateArray().ToList());
        Assert.True(real.GetProperty("rows").GetInt32() > 50);
        Assert.InRange(real.GetProperty("recall_at_10_compact_tight").GetDouble(), 0.9, 1.0);
        Assert.Single(root.GetProperty("lexical").EnumerateArray());
        var ingest = root.GetProperty("ingest");
        Assert.Equal(5, ingest.GetProperty("articles").GetInt32());
        Assert.True(ingest.GetProperty("index_file").GetProperty("bytes_per_chunk").GetDouble() > 0);
        Assert.True(ingest.GetProperty("answer").GetProperty("p50_ms").GetDouble() > 0);
        Assert.Equal(["clean", "chunk", "embed", "index"], ingest.GetProperty("stage_share").EnumerateObject().Select(p => p.Name));
        var contention = root.GetProperty("contention");
        Assert.Equal(5, contention.GetProperty("articles").GetInt32());
        Assert.Equal(20, contention.GetProperty("idle").GetProperty("queries").GetInt32());
        Assert.Equal(
            ["articles", "idle", "idle_after", "background", "background_p95_over_idle", "background_ingest_seconds", "foreground", "foreground_p95_over_idle", "foreground_ingest_seconds"],
            contention.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Bench_EncoderSection_ReportsSentencesPerSecondAndTheReferenceWhenGiven()
    {
        // The reference model sits beside the repository (../shared) on our machines, not in a plain clone.
        string? model = FindReferenceModel();
        string[] reference = model is null ? [] : ["--reference", model];

        var (code, output) = await _cli.RunAsync(["bench", "--sizes", "500", "--dims", "32", "--queries", "5", "--skip-ingest", "--skip-lexical", "--sentences", "60", .. reference, "--json"]);

        Assert.True(code == 0, output);
        var encoder = JsonDocument.Parse(output).RootElement.GetProperty("encoder");
        Assert.Equal(60, encoder.GetProperty("sentences").GetInt32());
        Assert.InRange(encoder.GetProperty("average_tokens").GetDouble(), 5, 128);
        Assert.True(encoder.GetProperty("sentences_per_second").GetDouble() > 0);
        Assert.True(encoder.GetProperty("sentences_per_second_with_tokenizer").GetDouble() > 0);
        var figures = encoder.GetProperty("reference");
        if (model is null)
        {
            Assert.Equal(JsonValueKind.Null, figures.ValueKind);
            return;
        }

        foreach (var run in new[] { "in_order", "length_sorted" })
        {
            Assert.True(figures.GetProperty(run).GetProperty("sentences_per_second").GetDouble() > 0);
            Assert.True(figures.GetProperty(run).GetProperty("ours_over_reference").GetDouble() > 0);
        }

        // Same token ids into both networks: the vectors must agree as the oracle tests demand.
        Assert.True(figures.GetProperty("min_cosine").GetDouble() >= 0.9999, output);
    }

    [Fact]
    public async Task Bench_WithAMissingReferenceModel_SaysSo()
    {
        var (code, output) = await _cli.RunAsync("bench", "--sizes", "500", "--skip-ingest", "--reference", Path.Combine(_cli.Folder, "absent.onnx"));

        Assert.Equal(1, code);
        Assert.Contains("--reference", output, StringComparison.Ordinal);
        Assert.Contains("absent.onnx", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_WithABadSize_SaysWhichValue()
    {
        var (code, output) = await _cli.RunAsync("bench", "--sizes", "ten", "--skip-ingest");

        Assert.Equal(1, code);
        Assert.Contains("'ten' is not a positive whole number", output, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private static string? FindReferenceModel()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "models", "use-lite-en", "model.onnx");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
