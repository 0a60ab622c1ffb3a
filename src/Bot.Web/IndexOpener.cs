using Bot.Core.Indexing;

namespace Bot.Web;

/// <summary>Loads (or rebuilds) the index before the host takes requests, so the first question is not slow or empty.</summary>
internal sealed partial class IndexOpener(IndexManager manager, ILogger<IndexOpener> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var message in await manager.OpenAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            LogIndexMessage(logger, message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private static partial void LogIndexMessage(ILogger logger, string message);
}
