using System.Threading.Channels;
using Bot.Web.Activities;
using Microsoft.Extensions.Options;

namespace Bot.Web.BotFramework;

/// <summary>One accepted activity waiting to be answered after its request got 202.</summary>
public sealed record QueuedTurn(BotActivity Activity, ConnectorTurn Turn, string BaseUrl);

/// <summary>
/// Accepted activities between the request (answered 202 at once, §2.3) and <see cref="TurnWorker"/>. Bounded, so a
/// flood is refused at the door rather than growing memory; <see cref="Pending"/> counts turns not yet finished.
/// </summary>
public sealed class TurnBacklog(IOptions<BotFrameworkOptions> options)
{
    private readonly Channel<QueuedTurn> _turns = Channel.CreateBounded<QueuedTurn>(
        new BoundedChannelOptions(options.Value.MaxQueuedTurns) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private int _pending;

    /// <summary>Turns queued or running.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Queues <paramref name="turn"/>; false when the queue is full.</summary>
    public bool TryEnqueue(QueuedTurn turn)
    {
        Interlocked.Increment(ref _pending);
        if (_turns.Writer.TryWrite(turn))
        {
            return true;
        }

        Interlocked.Decrement(ref _pending);
        return false;
    }

    /// <summary>The queued turns, in arrival order, until the host stops.</summary>
    public IAsyncEnumerable<QueuedTurn> ReadAllAsync(CancellationToken cancellationToken) => _turns.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Called by the worker when a turn is done, whether it succeeded or not.</summary>
    public void Completed() => Interlocked.Decrement(ref _pending);
}
