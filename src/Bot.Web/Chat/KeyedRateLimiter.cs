using System.Threading.RateLimiting;

namespace Bot.Web.Chat;

/// <summary>
/// A token bucket per key (System.Threading.RateLimiting's partitioned limiter): <c>burst</c> at once, then
/// <c>perMinute</c>. One key's flood is refused without slowing any other key. Used where the key (a conversation)
/// is only known after the body is read, so ASP.NET Core's rate-limiting middleware cannot partition by it.
/// </summary>
public sealed class KeyedRateLimiter(int burst, int perMinute) : IConversationRateLimiter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes a permit for <paramref name="key"/>; null when granted, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter
            : TimeSpan.FromSeconds(1);
    }

    public ValueTask<TimeSpan?> TryAcquireAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(TryAcquire(key));

    public void Dispose() => _limiter.Dispose();
}
