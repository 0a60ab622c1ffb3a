namespace Bot.Web.Chat;

/// <summary>
/// The one per-conversation rate limit every channel shares: in this process (<see cref="KeyedRateLimiter"/>) or in
/// a store all hosts share, so that spreading a flood over several hosts does not multiply the limit.
/// </summary>
public interface IConversationRateLimiter
{
    /// <summary>Takes a permit for <paramref name="key"/>; null when granted, else how long to wait.</summary>
    ValueTask<TimeSpan?> TryAcquireAsync(string key, CancellationToken cancellationToken);
}
