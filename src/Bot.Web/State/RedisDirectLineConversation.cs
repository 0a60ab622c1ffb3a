using System.Globalization;
using System.Text.Json;
using Bot.Web.Activities;
using Bot.Web.DirectLine;
using StackExchange.Redis;

namespace Bot.Web.State;

/// <summary>
/// A handle on one conversation whose history is in Redis: any host may append to it or read it. Activities are
/// stored serialised, as in one process; the sequence number is assigned inside Redis, so the activity is serialised
/// with a one-off placeholder that the script replaces by the number (nothing a client sends can guess it).
/// </summary>
internal sealed class RedisDirectLineConversation(RedisDirectLineConversations store, string id, string userId) : IDirectLineConversation
{
    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public async Task<string> AppendAsync(BotActivity activity, string timestamp, CancellationToken cancellationToken)
    {
        var placeholder = $"seq{Guid.NewGuid():N}";
        activity.Id = $"{Id}|{placeholder}";
        activity.Timestamp = timestamp;
        activity.Conversation = new ConversationAccount(Id);
        var limits = store.Limits;
        var json = JsonSerializer.SerializeToUtf8Bytes(DirectLineActivities.ForHistory(activity, limits.MaxEchoTextChars), ActivityTypes.Json);
        var sequence = (long)await store.RunAsync(DirectLineScripts.Append, Id, placeholder, json, Header(activity.Type), Header(activity.ReplyToId),
            Header(JsonFields.StringAt(activity.ChannelData, "streamId")), limits.MaxActivities, limits.MaxBytes, store.MaxHistoryBytes, store.TtlSeconds).ConfigureAwait(false);
        activity.Id = $"{Id}|{Math.Max(sequence, 0).ToString("D7", CultureInfo.InvariantCulture)}";
        return activity.Id;
    }

    public async Task<ActivitySet?> AfterAsync(long watermark, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = (RedisResult[])(await store.RunAsync(DirectLineScripts.After, Id, watermark, RedisDirectLineConversations.Milliseconds(now), store.TtlSeconds).ConfigureAwait(false))!;
        var sequence = (long)result[0];
        return sequence < 0 ? null
            : new ActivitySet([.. result.Skip(1).Select(entry => new ReadOnlyMemory<byte>((byte[])entry!))], sequence.ToString(CultureInfo.InvariantCulture));
    }

    public Task TouchAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        store.RunAsync(DirectLineScripts.Touch, Id, RedisDirectLineConversations.Milliseconds(now), store.TtlSeconds);

    // The header fields sit on lines of their own, so they may not hold a line break (a client picks the type).
    private static string Header(string? field) => field?.Replace('\n', ' ') ?? string.Empty;
}
