using System.Diagnostics;
using Bot.Core.Indexing;

namespace Bot.Web.Inbox;

/// <summary>
/// Ingests into the running bot, one batch at a time. Questions keep being answered meanwhile: the index swaps in
/// new snapshots, and the file is saved by temp-file-and-rename, so a crash leaves the old or the new index, never half.
/// </summary>
public sealed partial class LiveIngestion(IndexManager manager, ILogger<LiveIngestion> logger) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Ingests <paramref name="files"/> and saves the index.</summary>
    public async Task<LiveIngestResult> IngestAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var clock = Stopwatch.StartNew();
            var outcome = await manager.IngestAsync(files, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var line in outcome.Report.SummaryLines())
            {
                LogLine(logger, line);
            }

            return new LiveIngestResult(
                outcome.Report.Ingested,
                [.. outcome.Report.Merged.Select(m => $"{m.DuplicateId} (duplicate of {m.KeptId})")],
                [.. outcome.Report.Skipped.Select(s => new RejectedFile(Path.GetFileName(s.File), s.Reason))],
                outcome.TotalArticles,
                outcome.TotalChunks,
                Math.Round(clock.Elapsed.TotalMilliseconds));
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox: {Line}")]
    private static partial void LogLine(ILogger logger, string line);
}

/// <summary>What an ingest did: the JSON body of <c>POST /api/articles</c>.</summary>
public sealed record LiveIngestResult(
    IReadOnlyList<string> Ingested, IReadOnlyList<string> Merged, IReadOnlyList<RejectedFile> Rejected,
    int TotalArticles, int TotalPassages, double ElapsedMs);

/// <summary>A file that was not ingested, and why (the reason says how to fix it).</summary>
public sealed record RejectedFile(string File, string Reason);
