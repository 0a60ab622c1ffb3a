using Bot.Core.Conversation;
using Bot.Web.Endpoints;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Web.State;

/// <summary>
/// Issued <c>/api/ask</c> ids in Redis, one key each with the idle time as its expiry. Continuing renews the expiry and
/// learns whether the id exists in one command (EXPIRE answers false for a missing key), so no host can revive an id
/// that another host let expire. Their number is bounded by that expiry and the per-address limit on new ones.
/// </summary>
internal sealed class RedisAskConversationIds(RedisState redis, IOptions<ConversationOptions> options) : IAskConversationIds
{
    private TimeSpan Idle => TimeSpan.FromMinutes(options.Value.IdleMinutes);

    public Task IssueAsync(string id, CancellationToken cancellationToken) =>
        redis.Database.StringSetAsync(Key(id), 1, Idle);

    public Task<bool> ContinueAsync(string id, CancellationToken cancellationToken) =>
        redis.Database.KeyExpireAsync(Key(id), Idle);

    private RedisKey Key(string id) => redis.Key($"ask-id:{id}");
}
