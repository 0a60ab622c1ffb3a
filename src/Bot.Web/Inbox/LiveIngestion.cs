using System.Diagnostics;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;

namespace Bot.Web.Inbox;

/// <summary>
/// Ingests into the running bot, one batch at a time. Questions keep being answered meanwhile: the index swaps in
/// new snapshots, and the file is saved by temp-file-and-rename, so a crash leaves the old or the new index, never half.
/// </summary>
public sealed partial class LiveIngestion(IndexManager manager, ILogger<LiveIngestion> logger) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Ingests <paramref name="files"/> and saves the index; a file whose id is already indexed replaces that article, and says so.</summary>
    public async Task<LiveIngestResult> IngestAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var clock = Stopwatch.StartNew();
            var outcome = await manager.IngestFilesAsync(files, cancellationToken).ConfigureAwait(false);
            Log(outcome.Report);
            var ids = files.DistinctBy(f => f.Path).ToDictionary(f => f.Path, f => f.Id, StringComparer.Ordinal);
            return new LiveIngestResult(
                outcome.Report.Ingested,
                outcome.Report.Updated,
                [.. outcome.Report.Merged.Select(m => $"{m.DuplicateId} (duplicate of {m.KeptId})")],
                [.. outcome.Report.Skipped.Select(s => new RejectedFile(ids.GetValueOrDefault(s.File) ?? Path.GetFileName(s.File), s.Reason))],
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

    // A replaced article changes what the bot answers, so each update is logged as a warning of its own, not only in the summary.
    private void Log(IngestionReport report)
    {
        foreach (var line in report.SummaryLines())
        {
            LogLine(logger, line);
        }

        foreach (var id in report.Updated)
        {
            LogUpdated(logger, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox: {Line}")]
    private static partial void LogLine(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox: updated {ArticleId}; the new file replaced the indexed article with that id")]
    private static partial void LogUpdated(ILogger logger, string articleId);
}

/// <summary>What an ingest did: the JSON body of <c>POST /api/articles</c>.</summary>
public sealed record LiveIngestResult(
    IReadOnlyList<string> Ingested, IReadOnlyList<string> Updated, IReadOnlyList<string> Merged, IReadOnlyList<RejectedFile> Rejected,
    int TotalArticles, int TotalPassages, double ElapsedMs);

/// <summary>A file that was not ingested, and why (the reason says how to fix it).</summary>
public sealed record RejectedFile(string File, string Reason);
