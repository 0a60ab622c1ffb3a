using Bot.Core.Answering;
using Bot.Core.Conversation;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Web.State;

/// <summary>
/// Conversation memory in Redis: one list per conversation, trimmed to <see cref="ConversationOptions.MaxTurns"/> and
/// expiring after <see cref="ConversationOptions.IdleMinutes"/> without a new turn, as in one process. The number of
/// conversations is bounded by that expiry (and Redis's own maxmemory) rather than by a count.
/// </summary>
internal sealed class RedisConversationMemory(RedisState redis, IOptions<ConversationOptions> options) : IConversationMemory
{
    public async Task<IReadOnlyList<ConversationTurn>> TurnsAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stored = await redis.Database.ListRangeAsync(Key(conversationId)).ConfigureAwait(false);
        return [.. stored.Select(json => StoredTurn.Deserialize(json!))];
    }

    public async Task AddAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken)
    {
        var key = Key(conversationId);
        var batch = redis.Database.CreateTransaction();
        _ = batch.ListRightPushAsync(key, StoredTurn.Serialize(turn));
        _ = batch.ListTrimAsync(key, -options.Value.MaxTurns, -1);
        _ = batch.KeyExpireAsync(key, TimeSpan.FromMinutes(options.Value.IdleMinutes));
        await batch.ExecuteAsync().ConfigureAwait(false);
    }

    private RedisKey Key(string conversationId) => redis.Key($"memory:{conversationId}");
}
