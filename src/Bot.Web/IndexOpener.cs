using Bot.Core;
using Bot.Core.Indexing;
using Microsoft.Extensions.Options;

namespace Bot.Web;

/// <summary>Loads (or rebuilds) the index before the host takes requests, so the first question is not slow or empty.</summary>
internal sealed partial class IndexOpener(IndexManager manager, IOptions<InboxOptions> inbox, ILogger<IndexOpener> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The CLI prints the same line: one place to look when "ingest" and the web chat seem to disagree.
        LogLocation(logger, manager.IndexPath, inbox.Value.FolderPath);
        foreach (var message in await manager.OpenAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            LogIndexMessage(logger, message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Index: {IndexPath} (inbox: {InboxFolder})")]
    private static partial void LogLocation(ILogger logger, string indexPath, string inboxFolder);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private static partial void LogIndexMessage(ILogger logger, string message);
}
