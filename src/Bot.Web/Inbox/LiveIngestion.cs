using System.Diagnostics;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;

namespace Bot.Web.Inbox;

/// <summary>
/// Ingests into the running bot, one batch at a time, and settles the files. Questions keep being answered meanwhile:
/// the index swaps in new snapshots, and the file is saved by temp-file-and-rename, so a crash leaves the old or the
/// new index, never half.
/// </summary>
/// <remarks>
/// When the index cannot be saved, the articles are still answered from memory, but a restart would lose them. Their
/// files therefore stay in the inbox (uploads are moved there), never in rejected/ nor processed/, until a save
/// succeeds; <see cref="RetrySaveAsync"/> tries again and <see cref="IndexHealth"/> reports it meanwhile.
/// </remarks>
public sealed partial class LiveIngestion(IndexManager manager, InboxFolder inbox, IngestPriority priority, ILogger<LiveIngestion> logger) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly List<SourceFile> _unsaved = [];

    /// <summary>True while some ingested files wait for the index to be saved.</summary>
    public bool HasUnsaved
    {
        get { lock (_unsaved) { return _unsaved.Count > 0; } }
    }

    /// <summary>True when <paramref name="path"/> is indexed but waits for a save: the watcher must not ingest it again.</summary>
    public bool IsUnsaved(string path)
    {
        lock (_unsaved)
        {
            return _unsaved.Exists(f => f.Path == path);
        }
    }

    /// <summary>
    /// Ingests <paramref name="files"/>, saves the index and settles the files (processed/ or rejected/). A file whose
    /// id is already indexed replaces that article, and says so.
    /// </summary>
    public async Task<LiveIngestResult> IngestAsync(IReadOnlyList<SourceFile> files, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var clock = Stopwatch.StartNew();
            // Background priority: the bot's questions go first (one core for ingestion, and it yields to questions).
            var outcome = await priority.RunInBackgroundAsync(() => manager.IngestFilesAsync(files, cancellationToken)).ConfigureAwait(false);
            Log(outcome.Report);
            var result = Result(files, outcome, clock.Elapsed);
            TrySettle(files, result.Rejected, outcome.Saved);
            return result;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Saves again after a failed save; when it works, the waiting files move to processed/.</summary>
    public async Task RetrySaveAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (HasUnsaved && await manager.TrySaveAsync(cancellationToken).ConfigureAwait(false))
            {
                TrySettle([], [], saved: true);
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    // The articles are indexed (and maybe saved) by now: a file that cannot be moved stays in the inbox and is ingested
    // again, unchanged, at the next scan, rather than failing the batch and being rejected.
    private void TrySettle(IReadOnlyList<SourceFile> files, IReadOnlyList<RejectedFile> rejected, bool saved)
    {
        try
        {
            Settle(files, rejected, saved);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            LogSettleFailed(logger, error);
        }
    }

    private void Settle(IReadOnlyList<SourceFile> files, IReadOnlyList<RejectedFile> rejected, bool saved)
    {
        var refused = rejected.Select(r => r.File).ToHashSet(StringComparer.Ordinal);
        inbox.Settle(files.Where(f => refused.Contains(f.Id)), rejected);
        var accepted = files.Where(f => !refused.Contains(f.Id)).ToList();
        lock (_unsaved)
        {
            _unsaved.RemoveAll(f => files.Any(g => g.Path == f.Path));
            if (saved)
            {
                if (_unsaved.Count > 0)
                {
                    LogSavedAfterFailure(logger, _unsaved.Count);
                }

                inbox.Settle([.. _unsaved, .. accepted], []);
                _unsaved.Clear();
            }
            else
            {
                _unsaved.AddRange(inbox.Park(accepted));
                LogUnsaved(logger, _unsaved.Count, manager.IndexPath);
            }
        }
    }

    private static LiveIngestResult Result(IReadOnlyList<SourceFile> files, IngestOutcome outcome, TimeSpan elapsed)
    {
        var ids = files.DistinctBy(f => f.Path).ToDictionary(f => f.Path, f => f.Id, StringComparer.Ordinal);
        return new LiveIngestResult(
            outcome.Report.Ingested,
            outcome.Report.Updated,
            [.. outcome.Report.Merged.Select(m => $"{m.DuplicateId} (duplicate of {m.KeptId})")],
            [.. outcome.Report.Skipped.Select(s => new RejectedFile(ids.GetValueOrDefault(s.File) ?? Path.GetFileName(s.File), s.Reason))],
            outcome.TotalArticles,
            outcome.TotalChunks,
            Math.Round(elapsed.TotalMilliseconds),
            outcome.Saved);
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox: the index could not be saved to {IndexPath}; {Count} indexed files stay in the inbox (answered from memory) until a save succeeds, and /healthz says degraded")]
    private static partial void LogUnsaved(ILogger logger, int count, string indexPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox: indexed files could not be moved to processed/ or rejected/; they stay in the inbox for the next scan")]
    private static partial void LogSettleFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbox: the index was saved again; {Count} files that waited for it moved to processed/")]
    private static partial void LogSavedAfterFailure(ILogger logger, int count);
}

/// <summary>What an ingest did: the JSON body of <c>POST /api/articles</c>.</summary>
/// <param name="Saved">False when the index could not be written to disk: the articles are answered, but kept in the inbox until it is.</param>
public sealed record LiveIngestResult(
    IReadOnlyList<string> Ingested, IReadOnlyList<string> Updated, IReadOnlyList<string> Merged, IReadOnlyList<RejectedFile> Rejected,
    int TotalArticles, int TotalPassages, double ElapsedMs, bool Saved);

/// <summary>A file that was not ingested, and why (the reason says how to fix it).</summary>
public sealed record RejectedFile(string File, string Reason);
