using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bot.Web.DirectLine;

/// <summary>
/// All open conversations, in memory. Memory stays bounded: idle conversations are forgotten when a new one starts,
/// and past <see cref="DirectLineOptions.MaxConversations"/> the least recently used one goes too.
/// </summary>
public sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    /// <summary>The conversation, or null when unknown or idle past <see cref="DirectLineOptions.IdleMinutes"/>.</summary>
    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            return null;
        }

        if (conversation.LastTouched >= IdleSince())
        {
            return conversation;
        }

        _conversations.TryRemove(id, out _);
        return null;
    }

    /// <summary>The conversation <paramref name="token"/> names, created when new; <c>created</c> tells which.</summary>
    public (DirectLineConversation Conversation, bool Created) Open(DirectLineToken token)
    {
        if (Find(token.ConversationId) is { } existing)
        {
            return (existing, false);
        }

        MakeRoom();
        var conversation = new DirectLineConversation(token.ConversationId, token.UserId, options.Value.MaxActivitiesPerConversation, clock.GetUtcNow());
        var stored = _conversations.GetOrAdd(token.ConversationId, conversation);
        return (stored, ReferenceEquals(stored, conversation));
    }

    private void MakeRoom()
    {
        var idleSince = IdleSince();
        foreach (var idle in _conversations.Values.Where(c => c.LastTouched < idleSince))
        {
            _conversations.TryRemove(idle.Id, out _);
        }

        while (_conversations.Count >= options.Value.MaxConversations
            && _conversations.Values.MinBy(c => c.LastTouched) is { } oldest)
        {
            _conversations.TryRemove(oldest.Id, out _);
        }
    }

    private DateTimeOffset IdleSince() => clock.GetUtcNow() - TimeSpan.FromMinutes(options.Value.IdleMinutes);
}
