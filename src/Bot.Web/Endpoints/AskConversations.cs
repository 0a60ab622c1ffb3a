using Bot.Web.Chat;

namespace Bot.Web.Endpoints;

/// <summary>
/// The conversations of <c>/api/ask</c>. A client continues a conversation only with an id it was given, so a mistyped
/// or expired id gets a clear 404 instead of silently starting a conversation without its history. Each conversation
/// (and each client address, for new ones) has a token bucket, so one flood gets 429 alone.
/// </summary>
internal sealed class AskConversations(IAskConversationIds issued, IConversationRateLimiter limiter)
{
    /// <summary>Takes a permit for <paramref name="key"/> from the limiter every channel shares; null when granted, else how long to wait.</summary>
    public ValueTask<TimeSpan?> TryAcquireAsync(string key, CancellationToken cancellationToken) => limiter.TryAcquireAsync($"api:{key}", cancellationToken);

    /// <summary>A new id, remembered for as long as a conversation stays in memory.</summary>
    public async Task<string> StartAsync(CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        await issued.IssueAsync(id, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>True (and the idle clock restarts) when <paramref name="id"/> was issued and has not expired.</summary>
    public Task<bool> ContinueAsync(string id, CancellationToken cancellationToken) => issued.ContinueAsync(id, cancellationToken);

    /// <summary>Memory key: the ask API's conversations never share history with Teams or Web Chat ones.</summary>
    public static string Key(string id) => $"api:{id}";
}
