using Bot.Core.Conversation;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Bot.Web.Endpoints;

/// <summary>Issued ids in this process: at most <see cref="ConversationOptions.MaxConversations"/>, each with a sliding expiry.</summary>
internal sealed class ProcessAskConversationIds(IOptions<ConversationOptions> options) : IAskConversationIds, IDisposable
{
    private readonly MemoryCache _issued = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxConversations });

    public Task IssueAsync(string id, CancellationToken cancellationToken)
    {
        Touch(id);
        return Task.CompletedTask;
    }

    public Task<bool> ContinueAsync(string id, CancellationToken cancellationToken)
    {
        if (!_issued.TryGetValue(id, out _))
        {
            return Task.FromResult(false);
        }

        Touch(id);
        return Task.FromResult(true);
    }

    public void Dispose() => _issued.Dispose();

    private void Touch(string id) => _issued.Set(id, true, new MemoryCacheEntryOptions
    {
        Size = 1,
        SlidingExpiration = TimeSpan.FromMinutes(options.Value.IdleMinutes),
    });
}
