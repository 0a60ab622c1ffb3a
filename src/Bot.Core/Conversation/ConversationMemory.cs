using System.Collections.Concurrent;
using Bot.Core.Answering;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversation;

/// <summary>Per-conversation history: bounded in turns and conversations, forgotten when idle.</summary>
/// <remarks>Conversations never see each other's turns; each has its own list, keyed by conversation id.</remarks>
public sealed class ConversationMemory(IOptions<ConversationOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, History> _conversations = new(StringComparer.Ordinal);
    private readonly ConversationOptions _options = options.Value;

    /// <summary>The remembered turns of <paramref name="conversationId"/>, oldest first (empty when forgotten).</summary>
    public IReadOnlyList<ConversationTurn> Turns(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var history))
        {
            return [];
        }

        if (clock.GetUtcNow() - history.LastUsed > TimeSpan.FromMinutes(_options.IdleMinutes))
        {
            _conversations.TryRemove(conversationId, out _);
            return [];
        }

        lock (history)
        {
            return history.Turns.ToList();
        }
    }

    /// <summary>Adds a turn, dropping the oldest beyond the limit.</summary>
    public void Add(string conversationId, ConversationTurn turn)
    {
        var history = _conversations.GetOrAdd(conversationId, _ => new History());
        lock (history)
        {
            history.Turns.Add(turn);
            if (history.Turns.Count > _options.MaxTurns)
            {
                history.Turns.RemoveAt(0);
            }

            history.LastUsed = clock.GetUtcNow();
        }

        if (_conversations.Count > _options.MaxConversations)
        {
            Evict();
        }
    }

    private void Evict()
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromMinutes(_options.IdleMinutes);
        foreach (var (id, _) in _conversations.Where(c => c.Value.LastUsed < cutoff).ToList())
        {
            _conversations.TryRemove(id, out _);
        }

        foreach (var (id, _) in _conversations.OrderBy(c => c.Value.LastUsed).Take(_conversations.Count - _options.MaxConversations).ToList())
        {
            _conversations.TryRemove(id, out _);
        }
    }

    private sealed class History
    {
        public List<ConversationTurn> Turns { get; } = [];

        public DateTimeOffset LastUsed { get; set; }
    }
}
