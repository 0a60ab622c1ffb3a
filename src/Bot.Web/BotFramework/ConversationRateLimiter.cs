using Bot.Web.Activities;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.BotFramework;

/// <summary>
/// The per-conversation limit on <c>/api/messages</c>, applied after authentication: one flooding conversation gets
/// 429 without slowing the others (<see cref="BotFrameworkOptions.ConversationBurst"/>, <c>ConversationPerMinute</c>).
/// </summary>
public sealed class ConversationRateLimiter(IOptions<BotFrameworkOptions> options) : IDisposable
{
    private readonly KeyedRateLimiter _limiter = new(options.Value.ConversationBurst, options.Value.ConversationPerMinute);

    /// <summary>Takes a permit for the activity's conversation; null when granted, else how long to wait.</summary>
    public TimeSpan? TryAcquire(BotActivity activity) => _limiter.TryAcquire(NewsBot.ConversationKey(activity));

    public void Dispose() => _limiter.Dispose();
}
