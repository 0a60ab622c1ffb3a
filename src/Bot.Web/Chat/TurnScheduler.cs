using Microsoft.Extensions.Options;

namespace Bot.Web.Chat;

/// <summary>What <see cref="TurnScheduler.TryEnqueue"/> did with a turn.</summary>
public enum TurnAdmission
{
    /// <summary>Queued; it runs after the conversation's earlier turns.</summary>
    Accepted,

    /// <summary>This conversation already has <see cref="ChatOptions.MaxQueuedTurnsPerConversation"/> turns waiting (429).</summary>
    ConversationFull,

    /// <summary>The host already has <see cref="ChatOptions.MaxQueuedTurns"/> turns waiting or running (503).</summary>
    HostFull,
}

/// <summary>
/// The one turn queue of every channel (Teams and Direct Line): turns of one conversation run in order, so replies
/// keep the order of questions; conversations run side by side up to <see cref="ChatOptions.MaxConcurrentTurns"/>.
/// Both the queue of each conversation and the whole are bounded, so a flood is refused at the door rather than
/// growing memory. A failed turn is logged, never fatal.
/// </summary>
public sealed partial class TurnScheduler(IOptions<ChatOptions> options, IHostApplicationLifetime lifetime, ILogger<TurnScheduler> logger) : IDisposable
{
    private readonly Dictionary<string, Queue<Func<CancellationToken, Task>>> _lanes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentTurns);
    private int _pending;

    /// <summary>Turns queued or running.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues <paramref name="turn"/> behind the earlier turns of <paramref name="conversationKey"/>, if there is room.</summary>
    public TurnAdmission TryEnqueue(string conversationKey, Func<CancellationToken, Task> turn)
    {
        lock (_gate)
        {
            if (Pending >= options.Value.MaxQueuedTurns)
            {
                return TurnAdmission.HostFull;
            }

            var running = _lanes.TryGetValue(conversationKey, out var lane);
            if (running && lane!.Count >= options.Value.MaxQueuedTurnsPerConversation)
            {
                return TurnAdmission.ConversationFull;
            }

            Interlocked.Increment(ref _pending);
            if (!running)
            {
                lane = new Queue<Func<CancellationToken, Task>>();
                _lanes[conversationKey] = lane;
                // Task.Run: the turn must not start inline, inside this lock and the caller's request.
                _ = Task.Run(() => DrainAsync(conversationKey, lane), CancellationToken.None);
            }

            lane!.Enqueue(turn);
            return TurnAdmission.Accepted;
        }
    }

    public void Dispose() => _slots.Dispose();

    // One drain per conversation with turns waiting; it ends (and the lane goes) when the conversation's queue is empty.
    private async Task DrainAsync(string conversationKey, Queue<Func<CancellationToken, Task>> lane)
    {
        while (true)
        {
            Func<CancellationToken, Task>? turn;
            lock (_gate)
            {
                if (!lane.TryDequeue(out turn))
                {
                    _lanes.Remove(conversationKey);
                    return;
                }
            }

            await RunAsync(conversationKey, turn).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(string conversationKey, Func<CancellationToken, Task> turn)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await _slots.WaitAsync(stopping).ConfigureAwait(false);
            try
            {
                await turn(stopping).ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Host shutdown: the turn is abandoned, as its request was long answered.
        }
        catch (Exception error)
        {
            // Nobody awaits a background turn: log it, and keep the conversation's queue going.
            LogTurnFailed(logger, error, conversationKey);
        }
        finally
        {
            Interlocked.Decrement(ref _pending);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn in {Conversation} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception error, string conversation);
}
