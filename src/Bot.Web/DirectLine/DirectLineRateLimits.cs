using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bot.Web.DirectLine;

/// <summary>
/// The per-client limit on new tokens (<see cref="DirectLineOptions.NewConversationsPerMinute"/>). Per-conversation
/// posting is limited by the rate limiter every channel shares; this guards the one door that needs no token.
/// </summary>
internal static class DirectLineRateLimits
{
    public const string NewConversations = "directline-new-conversations";

    public static RateLimiterOptions AddDirectLinePolicies(this RateLimiterOptions limiter)
    {
        limiter.OnRejected = (context, _) => new ValueTask(DirectLineError.TooManyRequests(
            context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1),
            "Too many new conversations from this address; wait a minute.").ExecuteAsync(context.HttpContext));
        limiter.AddPolicy(NewConversations, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.NewConversationsPerMinute,
                Window = TimeSpan.FromMinutes(1),
            }));
        return limiter;
    }
}
