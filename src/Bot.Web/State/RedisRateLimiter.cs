using Bot.Web.Chat;

namespace Bot.Web.State;

/// <summary>
/// The token bucket of <see cref="KeyedRateLimiter"/>, kept in Redis so that every host draws from the same bucket
/// (per conversation, and per address for new Direct Line tokens). One script reads, refills and takes a token atomically, on Redis's clock, so hosts with
/// slightly different clocks still agree.
/// </summary>
internal sealed class RedisRateLimiter(RedisState redis, int burst, int perMinute) : IConversationRateLimiter
{
    // Tokens refill continuously at one per interval, up to the burst; the key lives until the bucket would be full.
    private const string TokenBucket = """
        local burst = tonumber(ARGV[1])
        local interval = tonumber(ARGV[2])
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(state[1]) or burst
        local at = tonumber(state[2]) or now
        tokens = math.min(burst, tokens + (now - at) / interval)
        local wait = 0
        if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) * interval) end
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
        redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) * interval) + 1000)
        return wait
        """;

    public async ValueTask<TimeSpan?> TryAcquireAsync(string key, CancellationToken cancellationToken)
    {
        var interval = 60_000.0 / perMinute;
        var wait = (long)await redis.Database.ScriptEvaluateAsync(TokenBucket, [redis.Key($"rate:{key}")], [burst, interval]).ConfigureAwait(false);
        return wait == 0 ? null : TimeSpan.FromMilliseconds(wait);
    }
}
