using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Web.Activities;

namespace Bot.Web.DirectLine;

/// <summary>
/// One conversation's history. Each activity gets the next sequence number, which is also the watermark: numbers only
/// grow, so dropping activities later never moves a client's place (§6.2.2). Activities are stored serialised, so
/// concurrent polls read immutable JSON while the bot keeps writing, and the history's size is known to the byte:
/// past <see cref="HistoryLimits.MaxActivities"/> or <see cref="HistoryLimits.MaxBytes"/> the oldest go first.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, HistoryLimits limits, HistoryBudget budget, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _history = [];
    private long _sequence;
    private long _bytes;
    private bool _closed;

    public string Id { get; } = id;

    /// <summary>The <c>dl_…</c> user the conversation's token was issued to.</summary>
    public string UserId { get; } = userId;

    /// <summary>When a client last polled or posted; idle conversations are forgotten.</summary>
    public DateTimeOffset LastTouched { get; private set; } = now;

    /// <summary>Bytes of history held now.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Stamps <paramref name="activity"/> with the next id and stores what replay needs of it; returns that id.</summary>
    public string Append(BotActivity activity, string timestamp)
    {
        long change;
        lock (_gate)
        {
            var sequence = ++_sequence;
            activity.Id = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Timestamp = timestamp;
            activity.Conversation = new ConversationAccount(Id);
            if (_closed)
            {
                return activity.Id;
            }

            var before = _bytes;
            if (activity.Type == ActivityTypes.Message)
            {
                ForgetInterimTyping(activity);
            }

            var json = JsonSerializer.SerializeToUtf8Bytes(DirectLineActivities.ForHistory(activity, limits.MaxEchoTextChars), ActivityTypes.Json);
            _history.AddLast(new Entry(sequence, activity.Type, activity.ReplyToId, activity.Id, json));
            _bytes += json.Length;
            // The newest activity always stays, whatever its size: it is what the client is waiting for.
            while (_history.Count > 1 && (_history.Count > limits.MaxActivities || _bytes > limits.MaxBytes))
            {
                RemoveOldest();
            }

            change = _bytes - before;
        }

        budget.Charge(change);
        return activity.Id;
    }

    /// <summary>The activities after <paramref name="watermark"/> and the watermark to ask with next; null when the watermark is beyond anything this conversation issued.</summary>
    public ActivitySet? After(long watermark, DateTimeOffset now)
    {
        lock (_gate)
        {
            LastTouched = now;
            return watermark > _sequence ? null
                : new ActivitySet([.. _history.Where(e => e.Sequence > watermark).Select(e => new ReadOnlyMemory<byte>(e.Json))], _sequence.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A client posted: the conversation is in use.</summary>
    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            LastTouched = now;
        }
    }

    /// <summary>
    /// Drops the oldest activities until <paramref name="bytes"/> are freed, always keeping the newest (a slow poller
    /// has not read its answer yet); returns what was freed.
    /// </summary>
    public long TrimOldest(long bytes) => Trim(bytes, keep: 1);

    /// <summary>Forgets the whole history and stores nothing more: the conversation has been evicted.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
        }

        Trim(long.MaxValue, keep: 0);
    }

    private long Trim(long bytes, int keep)
    {
        long freed;
        lock (_gate)
        {
            var before = _bytes;
            while (_history.Count > keep && before - _bytes < bytes)
            {
                RemoveOldest();
            }

            freed = before - _bytes;
        }

        budget.Charge(-freed);
        return freed;
    }

    private void RemoveOldest()
    {
        _bytes -= _history.First!.Value.Json.Length;
        _history.RemoveFirst();
    }

    // The "no replay" rule (§5.2): once the final message of a turn exists, its typing and stream chunks are history
    // noise, and a reloading client must not replay them.
    private void ForgetInterimTyping(BotActivity final)
    {
        var streamId = JsonFields.StringAt(final.ChannelData, "streamId");
        for (var node = _history.First; node is not null;)
        {
            var next = node.Next;
            var e = node.Value;
            if (e.Type == ActivityTypes.Typing && ((final.ReplyToId is not null && e.ReplyToId == final.ReplyToId) || (streamId is not null && e.Id == streamId)))
            {
                _bytes -= e.Json.Length;
                _history.Remove(node);
            }

            node = next;
        }
    }

    private sealed record Entry(long Sequence, string? Type, string? ReplyToId, string Id, byte[] Json);
}

/// <summary>What one conversation may keep: activities, bytes, and characters of a user's text in its echo.</summary>
public sealed record HistoryLimits(int MaxActivities, long MaxBytes, int MaxEchoTextChars);

/// <summary>The body of <c>GET …/activities</c>: <c>{activities, watermark}</c>.</summary>
public sealed record ActivitySet(
    [property: JsonConverter(typeof(RawJsonListConverter))] IReadOnlyList<ReadOnlyMemory<byte>> Activities,
    string Watermark);
