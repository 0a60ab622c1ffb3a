using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;
using Bot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli.Bench;

/// <summary>Runs the real pipeline (clean, chunk, embed with the configured embedder, index) over generated articles, then saves, reloads and queries it.</summary>
internal static class IngestBench
{
    private const int QuestionWords = 7;

    public static async Task<IngestFigures> RunAsync(CliContext context, ArticleGenerator generator, int articles, int queries, CancellationToken cancellationToken)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"newsbot-bench-{Environment.ProcessId}");
        string indexPath = Path.Combine(folder, "bench.index");
        var settings = new Dictionary<string, string?> { ["Bot:Paths:Index"] = indexPath };
        try
        {
            var bodies = WriteArticles(generator, Path.Combine(folder, "articles"), articles);
            var (throughput, saved) = await IngestAndSaveAsync(context, settings, Path.Combine(folder, "articles"), cancellationToken);
            using var services = context.BuildServices(settings);
            var (opened, loadMs, memory) = await OpenMeasuredAsync(services, throughput.Chunks, cancellationToken);
            var questions = Enumerable.Range(0, queries).Select(q => generator.QueryFrom(bodies[q % bodies.Count], QuestionWords)).ToList();
            var retriever = services.GetRequiredService<HybridRetriever>();
            var answers = services.GetRequiredService<AnswerService>();
            void Retrieve(int q) => retriever.SearchAsync(questions[q], cancellationToken: cancellationToken).GetAwaiter().GetResult();
            void Answer(int q) => answers.AskAsync(questions[q], cancellationToken: cancellationToken).GetAwaiter().GetResult();
            GC.KeepAlive(opened);
            return throughput with
            {
                IndexFile = saved with { LoadMs = Math.Round(loadMs, 1) },
                Memory = memory,
                Retrieval = LatencyFigures.OneAtATime(queries, Retrieve),
                RetrievalConcurrent = LatencyFigures.Concurrent(queries, 2, Retrieve),
                Answer = LatencyFigures.OneAtATime(queries, Answer),
                AnswerConcurrent = LatencyFigures.Concurrent(queries, 2, Answer),
            };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes one generated article as a news file (headline, dateline, body); returns the body.</summary>
    public static string WriteArticle(ArticleGenerator generator, string folder, int number)
    {
        var body = generator.Article();
        File.WriteAllText(Path.Combine(folder, $"{number:00000}_bench.txt"), $"{generator.Title()}\n\nLONDON- {body}\n");
        return body;
    }

    private static List<string> WriteArticles(ArticleGenerator generator, string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var bodies = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            bodies.Add(WriteArticle(generator, folder, i));
        }

        return bodies;
    }

    private static async Task<(IngestFigures Throughput, IndexFileFigures Saved)> IngestAndSaveAsync(
        CliContext context, Dictionary<string, string?> settings, string articles, CancellationToken cancellationToken)
    {
        using var services = context.BuildServices(settings);
        var clean = Stopwatch.StartNew();
        var loaded = services.GetRequiredService<ArticleLoader>().Load([articles], cancellationToken: cancellationToken);
        var cleanTime = clean.Elapsed;
        var report = await services.GetRequiredService<CorpusIndexer>().IndexAsync(loaded.Articles, cancellationToken: cancellationToken);
        double total = (cleanTime + report.TotalTime).TotalSeconds;
        var shares = new StageShares(Share(cleanTime, total), Share(report.ChunkTime, total), Share(report.EmbedTime, total), Share(report.IndexTime, total));

        var save = Stopwatch.StartNew();
        services.GetRequiredService<IndexManager>().Save();
        double saveMs = save.Elapsed.TotalMilliseconds;
        long bytes = new FileInfo(settings["Bot:Paths:Index"]!).Length;
        var saved = new IndexFileFigures(bytes, Math.Round((double)bytes / Math.Max(1, report.Chunks), 1), Math.Round(saveMs, 1), 0);
        var figures = new IngestFigures(report.Articles, report.Chunks, report.Sentences, Math.Round(report.Articles / total, 2), Math.Round(report.Chunks / total, 2),
            shares, saved, new MemoryFigures(0, 0, 0, 0), Empty, Empty, Empty, Empty);
        return (figures, saved);
    }

    // Opens the saved index in a fresh engine (what a restart does), measuring its heap, then each part on its own.
    private static async Task<(NewsIndex Index, double LoadMs, MemoryFigures Memory)> OpenMeasuredAsync(ServiceProvider services, int chunks, CancellationToken cancellationToken)
    {
        var index = services.GetRequiredService<NewsIndex>();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var load = Stopwatch.StartNew();
        var problems = await services.GetRequiredService<IndexManager>().OpenAsync(cancellationToken: cancellationToken);
        double loadMs = load.Elapsed.TotalMilliseconds;
        long total = GC.GetTotalMemory(forceFullCollection: true) - before;
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The saved benchmark index did not load: {string.Join(' ', problems)}");
        }

        var embedder = services.GetRequiredService<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>();
        var (_, vectors) = HeapMeter.Measure(() => Store(embedder, index));
        var (lexical, lexicalBytes) = HeapMeter.Measure(() => new LexicalIndex(index.Chunks.Select(c => (c.Text, c.Title))));
        lexical.Dispose();
        double per(long bytes) => Math.Round((double)bytes / Math.Max(1, chunks), 1);
        return (index, loadMs, new MemoryFigures(per(vectors), per(total - vectors - lexicalBytes), per(lexicalBytes), per(total)));
    }

    // A second store over the same passages: the heap it adds is what the passage vectors (and the store's records) cost.
    private static InMemoryVectorStore Store(Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>> embedder, NewsIndex index)
    {
        var store = new InMemoryVectorStore(embedder);
        store.Upsert(index.Vectors.ChunksWithVectors());
        return store;
    }

    private static double Share(TimeSpan part, double totalSeconds) => totalSeconds <= 0 ? 0 : Math.Round(part.TotalSeconds / totalSeconds, 3);

    private static LatencyFigures Empty => new(0, 0, 0, 0);
}
