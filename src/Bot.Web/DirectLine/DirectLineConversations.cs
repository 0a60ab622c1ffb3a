using System.Collections.Concurrent;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.DirectLine;

/// <summary>
/// All open conversations, in memory. Memory stays bounded: idle conversations are forgotten when a new one starts,
/// past <see cref="DirectLineOptions.MaxConversations"/> the least recently used one goes too, and the history of all
/// of them together stays within <see cref="DirectLineOptions.MaxHistoryBytes"/>, oldest activities going first.
/// </summary>
public sealed class DirectLineConversations
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _reclaiming = new();
    private readonly DirectLineOptions _options;
    private readonly HistoryLimits _limits;
    private readonly HistoryBudget _budget;
    private readonly TimeProvider _clock;

    public DirectLineConversations(IOptions<DirectLineOptions> options, IOptions<ChatOptions> chat, TimeProvider clock)
    {
        _options = options.Value;
        _limits = new HistoryLimits(_options.MaxActivitiesPerConversation, _options.MaxHistoryBytesPerConversation, chat.Value.MaxMessageChars);
        _budget = new HistoryBudget(_options.MaxHistoryBytes, Reclaim);
        _clock = clock;
    }

    /// <summary>Bytes of history held by all conversations together.</summary>
    public long HistoryBytes => _budget.Used;

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

        Forget(conversation);
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
        var conversation = new DirectLineConversation(token.ConversationId, token.UserId, _limits, _budget, _clock.GetUtcNow());
        var stored = _conversations.GetOrAdd(token.ConversationId, conversation);
        return (stored, ReferenceEquals(stored, conversation));
    }

    private void MakeRoom()
    {
        var idleSince = IdleSince();
        foreach (var idle in _conversations.Values.Where(c => c.LastTouched < idleSince))
        {
            Forget(idle);
        }

        while (_conversations.Count >= _options.MaxConversations
            && _conversations.Values.MinBy(c => c.LastTouched) is { } oldest)
        {
            Forget(oldest);
        }
    }

    // Over the total: the least recently used conversations give up their oldest activities first. The conversation
    // that is writing now is the most recently used, so it is trimmed last.
    private void Reclaim()
    {
        lock (_reclaiming)
        {
            foreach (var conversation in _conversations.Values.OrderBy(c => c.LastTouched))
            {
                if (_budget.Excess == 0)
                {
                    return;
                }

                conversation.TrimOldest(_budget.Excess);
            }
        }
    }

    private void Forget(DirectLineConversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.Close();
        }
    }

    private DateTimeOffset IdleSince() => _clock.GetUtcNow() - TimeSpan.FromMinutes(_options.IdleMinutes);
}
