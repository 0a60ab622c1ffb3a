using Bot.Core.Conversation;
using Bot.Web.Chat;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Bot.Web.Endpoints;

/// <summary>
/// The conversation ids <c>/api/ask</c> has handed out. A client continues a conversation only with an id it was given,
/// so a mistyped or expired id gets a clear 404 instead of silently starting a conversation without its history.
/// Each conversation (and each client address, for new ones) has a token bucket, so one flood gets 429 alone.
/// </summary>
internal sealed class AskConversations(IOptions<ConversationOptions> options, KeyedRateLimiter limiter) : IDisposable
{
    private readonly MemoryCache _issued = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxConversations });

    /// <summary>Takes a permit for <paramref name="key"/> from the limiter every channel shares; null when granted, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string key) => limiter.TryAcquire($"api:{key}");

    /// <summary>A new id, remembered for as long as a conversation stays in memory.</summary>
    public string Start()
    {
        var id = Guid.NewGuid().ToString("N");
        Touch(id);
        return id;
    }

    /// <summary>True (and the idle clock restarts) when <paramref name="id"/> was issued and has not expired.</summary>
    public bool Continue(string id)
    {
        if (!_issued.TryGetValue(id, out _))
        {
            return false;
        }

        Touch(id);
        return true;
    }

    /// <summary>Memory key: the ask API's conversations never share history with Teams or Web Chat ones.</summary>
    public static string Key(string id) => $"api:{id}";

    public void Dispose() => _issued.Dispose();

    private void Touch(string id) => _issued.Set(id, true, new MemoryCacheEntryOptions
    {
        Size = 1,
        SlidingExpiration = TimeSpan.FromMinutes(options.Value.IdleMinutes),
    });
}
