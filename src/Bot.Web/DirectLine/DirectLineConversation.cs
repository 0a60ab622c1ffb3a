using System.Globalization;
using System.Text.Json;
using Bot.Web.Activities;

namespace Bot.Web.DirectLine;

/// <summary>
/// One conversation's history. Each activity gets the next sequence number, which is also the watermark: numbers only
/// grow, so dropping interim typing activities later never moves a client's place (§6.2.2). Activities are stored
/// serialised, so concurrent polls read immutable JSON while the bot keeps writing.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, int maxActivities, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _history = [];
    private readonly Queue<DateTimeOffset> _recentPosts = new();
    private long _sequence;
    private Task _turns = Task.CompletedTask;

    public string Id { get; } = id;

    /// <summary>The <c>dl_…</c> user the conversation's token was issued to.</summary>
    public string UserId { get; } = userId;

    /// <summary>When a client last polled or posted; idle conversations are forgotten.</summary>
    public DateTimeOffset LastTouched { get; private set; } = now;

    /// <summary>Stamps <paramref name="activity"/> with the next id and stores it; returns that id.</summary>
    public string Append(BotActivity activity, string timestamp)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            activity.Id = $"{Id}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
            activity.Timestamp = timestamp;
            activity.Conversation = new ConversationAccount(Id);
            if (activity.Type == ActivityTypes.Message)
            {
                ForgetInterimTyping(activity);
            }

            _history.Add(new Entry(sequence, activity.Type, activity.ReplyToId, activity.Id, JsonSerializer.SerializeToElement(activity, ActivityTypes.Json)));
            if (_history.Count > maxActivities)
            {
                _history.RemoveAt(0);
            }

            return activity.Id;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/>, and the watermark to ask with next.</summary>
    public ActivitySet After(long watermark, DateTimeOffset now)
    {
        lock (_gate)
        {
            LastTouched = now;
            return new ActivitySet([.. _history.Where(e => e.Sequence > watermark).Select(e => e.Json)], Math.Max(watermark, _sequence).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>False when more than <paramref name="limit"/> posts came within <paramref name="window"/>.</summary>
    public bool TryAcceptPost(int limit, TimeSpan window, DateTimeOffset now)
    {
        lock (_gate)
        {
            LastTouched = now;
            while (_recentPosts.TryPeek(out var oldest) && now - oldest >= window)
            {
                _recentPosts.Dequeue();
            }

            if (_recentPosts.Count >= limit)
            {
                return false;
            }

            _recentPosts.Enqueue(now);
            return true;
        }
    }

    /// <summary>Runs <paramref name="turn"/> after this conversation's earlier turns, so replies keep the order of questions.</summary>
    public void Enqueue(Func<Task> turn)
    {
        lock (_gate)
        {
            _turns = _turns.ContinueWith(_ => turn(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    // The "no replay" rule (§5.2): once the final message of a turn exists, its typing and stream chunks are history
    // noise, and a reloading client must not replay them.
    private void ForgetInterimTyping(BotActivity final)
    {
        var streamId = final.ChannelData?["streamId"]?.GetValue<string>();
        _history.RemoveAll(e => e.Type == ActivityTypes.Typing
            && ((final.ReplyToId is not null && e.ReplyToId == final.ReplyToId) || (streamId is not null && e.Id == streamId)));
    }

    private sealed record Entry(long Sequence, string? Type, string? ReplyToId, string Id, JsonElement Json);
}

/// <summary>The body of <c>GET …/activities</c>: <c>{activities, watermark}</c>.</summary>
public sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string Watermark);
