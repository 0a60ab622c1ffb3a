using System.Text.Json.Serialization;

namespace Bot.Cli.Load;

/// <summary>The figures of a load run, as printed and as <c>--json</c>.</summary>
internal sealed record LoadReport(
    [property: JsonPropertyName("conversations")] int Conversations,
    [property: JsonPropertyName("passages")] int Passages,
    [property: JsonPropertyName("answers")] int Answers,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("answers_per_second")] double AnswersPerSecond,
    [property: JsonPropertyName("p50_ms")] double P50,
    [property: JsonPropertyName("p95_ms")] double P95,
    [property: JsonPropertyName("p99_ms")] double P99,
    [property: JsonPropertyName("errors")] int Errors,
    [property: JsonPropertyName("error_samples")] IReadOnlyList<string> ErrorSamples,
    [property: JsonPropertyName("burst_rate_limited")] int BurstRateLimited,
    [property: JsonPropertyName("server_managed_mb_before")] double ManagedBefore,
    [property: JsonPropertyName("server_managed_mb_after")] double ManagedAfter,
    [property: JsonPropertyName("server_working_set_mb_before")] double WorkingSetBefore,
    [property: JsonPropertyName("server_working_set_mb_after")] double WorkingSetAfter)
{
    public static LoadReport From(LoadSettings settings, double[] latencies, string[] errors, int rateLimited, TimeSpan elapsed, ServerMemory before, ServerMemory after)
    {
        Array.Sort(latencies);
        return new LoadReport(
            settings.Conversations, after.Passages, latencies.Length, Math.Round(elapsed.TotalSeconds, 1),
            Math.Round(latencies.Length / elapsed.TotalSeconds, 1),
            Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99),
            errors.Length, [.. errors.Distinct().Take(5)], rateLimited,
            Mb(before.ManagedBytes), Mb(after.ManagedBytes), Mb(before.WorkingSetBytes), Mb(after.WorkingSetBytes));
    }

    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)], 1);

    private static double Mb(long bytes) => Math.Round(bytes / 1048576.0, 1);
}
