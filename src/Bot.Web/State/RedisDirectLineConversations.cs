using Bot.Web.Chat;
using Bot.Web.DirectLine;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Web.State;

/// <summary>
/// Direct Line conversations in Redis, with the limits of the in-process store: at most
/// <see cref="DirectLineOptions.MaxConversations"/> (least recently used forgotten first), forgotten after
/// <see cref="DirectLineOptions.IdleMinutes"/>, and history within the per-conversation and total byte caps.
/// </summary>
internal sealed class RedisDirectLineConversations(RedisState redis, IOptions<DirectLineOptions> options, IOptions<ChatOptions> chat, TimeProvider clock)
    : IDirectLineConversations
{
    private DirectLineOptions Options => options.Value;

    /// <summary>What one conversation may keep, as in one process.</summary>
    public HistoryLimits Limits => new(Options.MaxActivitiesPerConversation, Options.MaxHistoryBytesPerConversation, chat.Value.MaxMessageChars);

    /// <summary>Bytes of history all conversations may hold together.</summary>
    public long MaxHistoryBytes => Options.MaxHistoryBytes;

    /// <summary>The safety-net expiry of a conversation's keys: twice the idle time, so only the scripts decide when it is idle.</summary>
    public long TtlSeconds => Options.IdleMinutes * 120L;

    public async Task<IDirectLineConversation?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var user = await RunAsync(DirectLineScripts.Find, id, Milliseconds(IdleSince())).ConfigureAwait(false);
        return user.IsNull ? null : new RedisDirectLineConversation(this, id, user.ToString());
    }

    public async Task<(IDirectLineConversation Conversation, bool Created)> OpenAsync(DirectLineToken token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var result = (RedisResult[])(await RunAsync(DirectLineScripts.Open, token.ConversationId, token.UserId, Milliseconds(now),
            Milliseconds(IdleSince()), Options.MaxConversations, TtlSeconds).ConfigureAwait(false))!;
        return (new RedisDirectLineConversation(this, token.ConversationId, result[1].ToString()), (int)result[0] == 1);
    }

    /// <summary>Runs one of <see cref="DirectLineScripts"/> with the key prefix, conversation id and <paramref name="arguments"/>.</summary>
    public Task<RedisResult> RunAsync(string script, string conversationId, params RedisValue[] arguments) =>
        redis.Database.ScriptEvaluateAsync(script, values: [redis.Prefix, conversationId, .. arguments]);

    public static long Milliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private DateTimeOffset IdleSince() => clock.GetUtcNow() - TimeSpan.FromMinutes(Options.IdleMinutes);
}
