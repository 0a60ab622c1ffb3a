using System.Globalization;
using Spectre.Console;

namespace Bot.Cli.Bench;

/// <summary>Prints a <see cref="BenchReport"/> as one table per section.</summary>
internal static class BenchTables
{
    public static void Print(IAnsiConsole console, BenchReport report)
    {
        // The tables are wide; a redirected console reports 80 columns, which would fold every figure.
        console.Profile.Width = Math.Max(console.Profile.Width, 180);
        var m = report.Machine;
        console.MarkupLineInterpolated($"[bold]Machine[/]: {m.Cores} cores, {m.Simd}, read bandwidth {m.BandwidthGbsOneThread} GB/s (1 thread), {m.BandwidthGbsAllThreads} GB/s (all)");
        if (report.Vectors.Count > 0)
        {
            console.Write(VectorTable(report.Vectors));
            console.Write(StorageTable(report.Vectors));
        }

        if (report.RealVectors.Count > 0)
        {
            console.Write(RealVectorTable(report.RealVectors));
        }

        if (report.Lexical.Count > 0)
        {
            console.Write(LexicalTable(report.Lexical));
        }

        if (report.Ingest is { } ingest)
        {
            console.Write(IngestTable(ingest));
        }

        if (report.Encoder is { } encoder)
        {
            console.Write(EncoderTable(encoder));
        }

        if (report.Contention is { } contention)
        {
            console.Write(ContentionTable(contention));
        }
    }

    private static Table ContentionTable(ContentionFigures c)
    {
        var table = new Table { Title = new TableTitle($"Questions while {c.Articles} generated articles are ingested (ms: p50 / p95 / p99, one client)") };
        table.AddColumns("while", "questions", "latency", "p95 / lower idle p95", "ingest s");
        table.AddRow("idle (before | after the ingests)", $"{c.Idle.Queries} | {c.IdleAfter.Queries}", $"{P(c.Idle)} | {P(c.IdleAfter)}", "", "");
        table.AddRow("background ingest (inbox, uploads)", F(c.Background.Queries), P(c.Background), F(c.BackgroundP95OverIdle), F(c.BackgroundIngestSeconds));
        table.AddRow("foreground ingest (all cores, no yielding)", F(c.Foreground.Queries), P(c.Foreground), F(c.ForegroundP95OverIdle), F(c.ForegroundIngestSeconds));
        return table;
    }

    private static Table VectorTable(IReadOnlyList<VectorFigures> rows)
    {
        var table = new Table { Title = new TableTitle("Vector search, top 10 (ms: p50 / p95 / p99)") };
        table.AddColumns("chunks", "dims", "method", "1 thread", "default", "2 queries at once", "floor ms", "p50 / floor", "recall@10", "exact / method p95 (default)");
        foreach (var v in rows)
        {
            table.AddRow(F(v.Size, "N0"), F(v.Dimensions), "exact float32", P(v.Exact.OneThread), P(v.Exact.Default), P(v.Exact.Concurrent),
                F(v.Exact.FloorMs), F(v.Exact.OneThreadOverFloor), "1", "1");
            table.AddRow("", "", "int8 scan + f32 rescore", P(v.Int8.OneThread), P(v.Int8.Default), P(v.Int8.Concurrent),
                F(v.Int8.FloorMs), F(v.Int8.OneThreadOverFloor), $"{F(v.RecallAt10, "0.0000")} (int8 rescore only {F(v.RecallAt10Int8Only, "0.0000")})",
                F(VectorBench.Ratio(v.Exact.Default.P95Ms, v.Int8.Default.P95Ms)));
            table.AddRow("", "", $"sign codes ({v.Candidates}) + int8 + f32", P(v.Compact.OneThread), P(v.Compact.Default), P(v.Compact.Concurrent),
                F(v.Compact.FloorMs), F(v.Compact.OneThreadOverFloor), F(v.RecallAt10Compact, "0.0000"), F(v.ExactOverCompactP95));
        }

        return table;
    }

    private static Table StorageTable(IReadOnlyList<VectorFigures> rows)
    {
        var table = new Table { Title = new TableTitle("Vector memory (measured heap) and the saved vector section (float32 + int8 + sign codes)") };
        table.AddColumns("chunks", "dims", "float32 heap B/dim", "int8 heap B/dim", "store heap B/dim (int8 + signs)", "build ms", "file B/chunk", "save ms", "load ms (copy rows | map rows)");
        foreach (var v in rows)
        {
            table.AddRow(F(v.Size, "N0"), F(v.Dimensions), F(v.Exact.BytesPerDimension), F(v.Int8.BytesPerDimension),
                F(v.Compact.BytesPerDimension), F(v.BuildMs), F(v.File.BytesPerChunk), F(v.File.SaveMs), $"{F(v.File.LoadMs)} | {F(v.File.LoadMappedMs)}");
        }

        return table;
    }

    private static Table RealVectorTable(IReadOnlyList<RealVectorFigures> rows)
    {
        var table = new Table { Title = new TableTitle("Recall@10 against exact search on real USE-lite vectors") };
        table.AddColumns("set", "rows", "queries", "int8 scan + f32", "sign codes + int8 + f32 (candidates)", "sign codes + int8 + f32 (candidates)");
        foreach (var r in rows)
        {
            table.AddRow(r.Set, F(r.Rows, "N0"), F(r.Queries), F(r.RecallAt10Int8, "0.0000"), $"{F(r.RecallAt10Compact, "0.0000")} ({r.Candidates})",
                $"{F(r.RecallAt10CompactTight, "0.0000")} ({r.TightCandidates})");
        }

        return table;
    }

    private static Table LexicalTable(IReadOnlyList<LexicalFigures> rows)
    {
        var table = new Table { Title = new TableTitle("Lucene.NET BM25, top 40 (ms: p50 / p95 / p99)") };
        table.AddColumns("passages", "build ms", "1 thread", "2 queries at once", "heap B/chunk");
        foreach (var l in rows)
        {
            table.AddRow(F(l.Size, "N0"), F(l.BuildMs), P(l.OneThread), P(l.Concurrent), F(l.BytesPerChunk));
        }

        return table;
    }

    private static Table IngestTable(IngestFigures i)
    {
        var table = new Table { Title = new TableTitle($"Real pipeline over {i.Articles} generated articles ({i.Chunks} chunks, {i.Sentences} sentences)") };
        table.AddColumns("figure", "value");
        table.AddRow("articles/s, chunks/s", $"{i.ArticlesPerSecond} / {i.ChunksPerSecond}");
        table.AddRow("time share clean / chunk / embed / index", $"{i.StageShare.Clean:P1} / {i.StageShare.Chunk:P1} / {i.StageShare.Embed:P1} / {i.StageShare.Index:P1}");
        table.AddRow("index file bytes, per chunk", $"{i.IndexFile.Bytes:N0}, {i.IndexFile.BytesPerChunk:N0}");
        table.AddRow("save ms, load ms", $"{i.IndexFile.SaveMs} / {i.IndexFile.LoadMs}");
        table.AddRow("heap B/chunk: vectors / text+records / lexical / total", $"{i.Memory.VectorsPerChunk:N0} / {i.Memory.TextPerChunk:N0} / {i.Memory.LexicalPerChunk:N0} / {i.Memory.TotalPerChunk:N0}");
        table.AddRow("retrieval ms (1 thread | 2 at once)", $"{P(i.Retrieval)} | {P(i.RetrievalConcurrent)}");
        table.AddRow("retrieval + answer ms (1 thread | 2 at once)", $"{P(i.Answer)} | {P(i.AnswerConcurrent)}");
        return table;
    }

    private static Table EncoderTable(EncoderFigures e)
    {
        var table = new Table { Title = new TableTitle($"USE-lite encoder over {e.Sentences:N0} news sentences ({e.AverageTokens} tokens on average; median of {e.Rounds} rounds; load average {F(e.LoadAverage)})") };
        table.AddColumns("engine", "sentences/s", "ours / engine");
        table.AddRow("ours (token ids in)", $"{F(e.SentencesPerSecond)} ({F(e.TokensPerSecond, "N0")} tokens/s)", "");
        table.AddRow("ours, tokenizing included", F(e.SentencesPerSecondWithTokenizer), "");
        if (e.Reference is { } r)
        {
            table.AddRow($"ONNX Runtime {r.Model}, batches of {ReferenceEncoder.BatchSize} in order", F(r.InOrder.SentencesPerSecond), F(r.InOrder.OursOverReference));
            table.AddRow($"ONNX Runtime {r.Model}, batches of {ReferenceEncoder.BatchSize} sorted by length", F(r.LengthSorted.SentencesPerSecond), F(r.LengthSorted.OursOverReference));
            table.AddRow("lowest cosine, ours vs reference", F(r.MinCosine, "0.000000"), "");
        }

        return table;
    }

    private static string F(IFormattable value, string? format = null) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string P(LatencyFigures l) => $"{l.P50Ms} / {l.P95Ms} / {l.P99Ms}";
}
