using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.BotFramework;

/// <summary>
/// Answers queued turns in the background. Conversations run side by side (up to MaxConcurrentTurns), while the turns
/// of one conversation run in order, so its history stays consistent. A failed turn is logged, never fatal.
/// </summary>
public sealed partial class TurnWorker(
    TurnBacklog queue,
    NewsBot bot,
    ConnectorChannelFactory channels,
    IOptions<BotFrameworkOptions> options,
    ILogger<TurnWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentTurns);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        BotFrameworkStartupLog.Write(logger, options.Value);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var turn in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                Chain(turn, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; turns still running see the same token.
        }
    }

    private void Chain(QueuedTurn turn, CancellationToken stoppingToken)
    {
        var key = NewsBot.ConversationKey(turn.Activity);
        lock (_gate)
        {
            var previous = _tails.GetValueOrDefault(key, Task.CompletedTask);
            // Task.Run: the turn must not start running inline, inside this lock and the reader loop.
            var next = Task.Run(() => RunAfterAsync(previous, turn, stoppingToken), CancellationToken.None);
            _tails[key] = next;
            _ = next.ContinueWith(done => Forget(key, done), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private void Forget(string key, Task finished)
    {
        lock (_gate)
        {
            if (_tails.TryGetValue(key, out var tail) && tail == finished)
            {
                _tails.Remove(key);
            }
        }
    }

    private async Task RunAfterAsync(Task previous, QueuedTurn turn, CancellationToken stoppingToken)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
            try
            {
                await bot.OnTurnAsync(turn.Activity, channels.Create(turn.Turn), turn.BaseUrl, stoppingToken).ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, error, turn.Activity.Type, NewsBot.ConversationKey(turn.Activity));
        }
        catch (OperationCanceledException)
        {
            // Host shutdown: the turn is abandoned, as its request was long answered.
        }
        finally
        {
            queue.Completed();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Type} turn in {Conversation} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception error, string? type, string conversation);
}
