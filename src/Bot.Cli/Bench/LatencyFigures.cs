using System.Diagnostics;

namespace Bot.Cli.Bench;

/// <summary>Query latency percentiles in milliseconds, and how many queries they summarise.</summary>
internal sealed record LatencyFigures(double P50Ms, double P95Ms, double P99Ms, int Queries)
{
    // Tiered JIT recompiles a hot method after 30 calls and a short delay; timing before that measures tier 0.
    private const int WarmupCalls = 40;
    private static readonly TimeSpan WarmupTime = TimeSpan.FromMilliseconds(400);

    /// <summary>Runs each query once on this thread, after a short warm-up, timing each.</summary>
    public static LatencyFigures OneAtATime(int queries, Action<int> query)
    {
        Warm(queries, query);
        return Of(TimeEach(0, queries, 1, query));
    }

    /// <summary>Runs the queries on <paramref name="threads"/> threads at once (each runs all of them), timing each.</summary>
    public static LatencyFigures Concurrent(int queries, int threads, Action<int> query)
    {
        Warm(queries, query);
        var timings = new List<double>[threads];
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() => timings[t] = TimeEach(t, queries, threads, query))).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return Of(timings.SelectMany(t => t).ToList());
    }

    private static void Warm(int queries, Action<int> query)
    {
        var started = Stopwatch.StartNew();
        for (int i = 0; i < WarmupCalls || started.Elapsed < WarmupTime; i++)
        {
            query(i % queries);
        }
    }

    private static List<double> TimeEach(int offset, int queries, int stride, Action<int> query)
    {
        var timings = new List<double>(queries);
        for (int i = 0; i < queries; i++)
        {
            // Threads start at different queries so they do not walk the same rows in lock-step.
            int index = (i + (offset * queries / stride)) % queries;
            long start = Stopwatch.GetTimestamp();
            query(index);
            timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return timings;
    }

    /// <summary>Percentiles of timings taken elsewhere (sorts <paramref name="timings"/>).</summary>
    public static LatencyFigures Of(List<double> timings)
    {
        timings.Sort();
        return new LatencyFigures(At(timings, 0.50), At(timings, 0.95), At(timings, 0.99), timings.Count);
    }

    private static double At(List<double> sorted, double quantile) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)], 3);
}
