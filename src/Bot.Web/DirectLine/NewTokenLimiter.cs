using Bot.Web.Chat;

namespace Bot.Web.DirectLine;

/// <summary>
/// The per-address limit on new Direct Line tokens (<see cref="DirectLineOptions.NewConversationsPerMinute"/>): the
/// one door that needs no token. A token bucket like the per-conversation one, in this process or in Redis (chosen in
/// <c>AddState</c>), so that with shared state the limit holds across every host rather than once per host.
/// </summary>
public sealed class NewTokenLimiter(IConversationRateLimiter buckets) : IDisposable
{
    public const string Refusal = "Too many new conversations from this address; wait a minute.";

    /// <summary>Takes a permit for <paramref name="address"/>; null when granted, else how long to wait.</summary>
    public ValueTask<TimeSpan?> TryAcquireAsync(string address, CancellationToken cancellationToken) =>
        buckets.TryAcquireAsync($"new-token:{address}", cancellationToken);

    /// <summary>Stops the in-process buckets' refill timer; the Redis ones hold nothing to release.</summary>
    public void Dispose() => (buckets as IDisposable)?.Dispose();
}
