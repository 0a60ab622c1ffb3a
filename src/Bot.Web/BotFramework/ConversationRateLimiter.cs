using System.Threading.RateLimiting;
using Bot.Web.Activities;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.BotFramework;

/// <summary>
/// A token bucket per conversation (System.Threading.RateLimiting's partitioned limiter), applied after
/// authentication: one flooding conversation gets 429 without slowing the others. The ASP.NET Core middleware
/// cannot partition by conversation, because the conversation id is only known once the body is read.
/// </summary>
public sealed class ConversationRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ConversationRateLimiter(IOptions<BotFrameworkOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.ConversationBurst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / settings.ConversationPerMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes a permit for the activity's conversation; null when granted, else how long to wait.</summary>
    public TimeSpan? TryAcquire(BotActivity activity)
    {
        using var lease = _limiter.AttemptAcquire(NewsBot.ConversationKey(activity));
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter
            : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}
