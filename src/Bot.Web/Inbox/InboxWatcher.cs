using Microsoft.Extensions.Options;

namespace Bot.Web.Inbox;

/// <summary>
/// Ingests files (and folders of files) dropped into the inbox folder while the bot runs. File-system events wake it at once; a periodic
/// scan catches what events miss. A failed batch is moved to rejected/ with the error, so it is not retried forever.
/// </summary>
public sealed partial class InboxWatcher(InboxFolder inbox, LiveIngestion ingestion, IOptions<InboxOptions> options, ILogger<InboxWatcher> logger) : BackgroundService
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
        LogWatching(logger, inbox.Root);

        while (!stoppingToken.IsCancellationRequested)
        {
            await IngestReadyFilesAsync(stoppingToken).ConfigureAwait(false);
            try
            {
                await wake.WaitAsync(TimeSpan.FromSeconds(options.Value.ScanSeconds), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task IngestReadyFilesAsync(CancellationToken stoppingToken)
    {
        var files = inbox.ReadyFiles();
        if (files.Count == 0)
        {
            return;
        }

        try
        {
            var result = await ingestion.IngestAsync(files, stoppingToken).ConfigureAwait(false);
            inbox.Settle(files, result.Rejected);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogBatchFailed(logger, error, files.Count);
            inbox.RejectAll(files, $"Ingestion failed: {error.Message}. Fix the file and drop it into the inbox again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for new articles")]
    private static partial void LogWatching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting {Count} inbox files failed; they were moved to rejected/")]
    private static partial void LogBatchFailed(ILogger logger, Exception error, int count);
}
