using Bot.Core;
using Bot.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace Bot.Web.Inbox;

/// <summary>
/// Ingests files (and folders of files) dropped into the inbox folder while the bot runs. File-system events wake it at once; a periodic
/// scan catches what events miss. A file is taken once it has stopped changing; links, pipes and empty files are refused with a reason;
/// a failed batch is moved to rejected/ with the error, so it is not retried forever.
/// </summary>
public sealed partial class InboxWatcher(InboxFolder inbox, LiveIngestion ingestion, IOptions<InboxOptions> options, TimeProvider clock, ILogger<InboxWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch)
        {
            return;
        }

        inbox.Create();
        using var wake = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(inbox.Root) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, _) => wake.Release();
        watcher.Renamed += (_, _) => wake.Release();
        LogWatching(logger, inbox.Root, options.Value.StableSeconds);

        var stableFor = TimeSpan.FromSeconds(options.Value.StableSeconds);
        var stable = new StableFiles(clock, stableFor);
        while (!stoppingToken.IsCancellationRequested)
        {
            await ScanAsync(stable, stoppingToken).ConfigureAwait(false);
            try
            {
                // A file waiting to become stable is looked at again as soon as it may be, not a whole scan later.
                var scan = TimeSpan.FromSeconds(options.Value.ScanSeconds);
                var next = stable.AnyWaiting && stableFor < scan ? stableFor + TimeSpan.FromMilliseconds(50) : scan;
                await wake.WaitAsync(next, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ScanAsync(StableFiles stable, CancellationToken stoppingToken)
    {
        try
        {
            if (ingestion.HasUnsaved)
            {
                await ingestion.RetrySaveAsync(stoppingToken).ConfigureAwait(false);
            }

            var ready = stable.Stable([.. inbox.Entries().Where(e => !ingestion.IsUnsaved(e.Path))]);
            foreach (var entry in ready.Where(e => e.Refusal is not null))
            {
                LogRefused(logger, entry.Id, entry.Refusal!);
                inbox.Refuse(entry);
            }

            await IngestAsync([.. ready.Where(e => e.Refusal is null)], stoppingToken).ConfigureAwait(false);
        }
        catch (IOException error)
        {
            // The inbox itself is unreadable for now (a network share gone); the next scan tries again.
            LogScanFailed(logger, error, inbox.Root);
        }
    }

    private async Task IngestAsync(IReadOnlyList<InboxEntry> entries, CancellationToken stoppingToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        foreach (var entry in entries.Where(e => e.ChangedAfterIndexing))
        {
            LogChanged(logger, entry.Id, entry.Length);
        }

        var files = entries.Select(e => new SourceFile(e.Path, e.Id)).ToList();
        try
        {
            await ingestion.IngestAsync(files, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogBatchFailed(logger, error, files.Count);
            inbox.RejectAll(files, $"Ingestion failed: {error.Message}. Fix the file and drop it into the inbox again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for new articles (a file is taken once unchanged for {StableSeconds} s)")]
    private static partial void LogWatching(ILogger logger, string folder, double stableSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox: refused {Entry}: {Reason}; it was moved to rejected/")]
    private static partial void LogRefused(ILogger logger, string entry, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox: {ArticleId} changed after it was indexed (now {Length} bytes): its writer had paused; indexing it again")]
    private static partial void LogChanged(ILogger logger, string articleId, long length);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting {Count} inbox files failed; they were moved to rejected/")]
    private static partial void LogBatchFailed(ILogger logger, Exception error, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scanning the inbox {Folder} failed; trying again at the next scan")]
    private static partial void LogScanFailed(ILogger logger, Exception error, string folder);
}
