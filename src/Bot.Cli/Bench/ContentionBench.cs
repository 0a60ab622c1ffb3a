using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli.Bench;

/// <summary>
/// Question latency while articles are ingested, as in the running host: idle first, then during a background ingest
/// (how the inbox and uploads run), then during a foreground ingest (every core, as before) for comparison, in one run.
/// </summary>
internal static class ContentionBench
{
    private static readonly string[] Questions =
    [
        "How many soldiers died in the NATO strike?",
        "What did Iran say about the border?",
        "Who is the army chief?",
        "When did the talks take place?",
        "Who led the Afghan delegation?",
    ];

    public static async Task<ContentionFigures> RunAsync(CliContext context, ArticleGenerator generator, int articles, int queries, CancellationToken cancellationToken)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"newsbot-contention-{Environment.ProcessId}");
        var settings = new Dictionary<string, string?> { ["Bot:Paths:Index"] = Path.Combine(folder, "bench.index"), ["Bot:Inbox:Folder"] = Path.Combine(folder, "inbox") };
        try
        {
            var archive = Path.Combine(folder, "articles");
            Directory.CreateDirectory(archive);
            for (int i = 0; i < articles; i++)
            {
                IngestBench.WriteArticle(generator, archive, i);
            }

            using var services = context.BuildServices(settings);
            var manager = services.GetRequiredService<IndexManager>();
            await manager.OpenAsync(cancellationToken: cancellationToken);
            var answers = services.GetRequiredService<AnswerService>();
            Task Ask(int q) => answers.AskAsync(Questions[q % Questions.Length], cancellationToken: cancellationToken);
            var idle = LatencyFigures.OneAtATime(queries, q => Ask(q).GetAwaiter().GetResult());

            var priority = services.GetRequiredService<IngestPriority>();
            var background = await DuringAsync(() => priority.RunInBackgroundAsync(() => manager.IngestAsync([archive], cancellationToken: cancellationToken)), Ask);
            var foreground = await DuringAsync(() => manager.IngestAsync([archive], cancellationToken: cancellationToken), Ask);

            // Thousands of questions later the JIT has fully optimised the path, so idle is measured again; ratios use the
            // faster of the two idle figures, which makes them the larger (the conservative reading).
            var idleAfter = LatencyFigures.OneAtATime(queries, q => Ask(q).GetAwaiter().GetResult());
            var baseline = idleAfter.P95Ms < idle.P95Ms ? idleAfter : idle;
            return new ContentionFigures(articles, idle, idleAfter, background.Latency, Ratio(background.Latency, baseline), background.Seconds,
                foreground.Latency, Ratio(foreground.Latency, baseline), foreground.Seconds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // One client asking one question after another for as long as the ingest runs, as a person in the web chat would.
    private static async Task<(LatencyFigures Latency, double Seconds)> DuringAsync(Func<Task> ingest, Func<int, Task> ask)
    {
        var clock = Stopwatch.StartNew();
        var running = Task.Run(ingest);
        var timings = new List<double>();
        for (int q = 0; !running.IsCompleted; q++)
        {
            long start = Stopwatch.GetTimestamp();
            await ask(q);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        await running;
        return (LatencyFigures.Of(timings), Math.Round(clock.Elapsed.TotalSeconds, 1));
    }

    private static double Ratio(LatencyFigures during, LatencyFigures idle) => Math.Round(during.P95Ms / Math.Max(idle.P95Ms, 0.001), 2);
}

/// <summary>Question latency idle (before and after) and during an ingest of <paramref name="Articles"/> generated articles, at each priority.</summary>
internal sealed record ContentionFigures(
    int Articles,
    LatencyFigures Idle,
    LatencyFigures IdleAfter,
    LatencyFigures Background,
    double BackgroundP95OverIdle,
    double BackgroundIngestSeconds,
    LatencyFigures Foreground,
    double ForegroundP95OverIdle,
    double ForegroundIngestSeconds);
