using Bot.Core.Answering;

namespace Bot.Core.Conversation;

/// <summary>
/// Where a conversation's turns are kept between messages: in this process (<see cref="ConversationMemory"/>, the
/// default) or in a store that several hosts share, so a follow-up may land on another host than its question.
/// </summary>
public interface IConversationMemory
{
    /// <summary>The remembered turns of <paramref name="conversationId"/>, oldest first (empty when forgotten).</summary>
    Task<IReadOnlyList<ConversationTurn>> TurnsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Adds a turn, dropping the oldest beyond <see cref="ConversationOptions.MaxTurns"/>.</summary>
    Task AddAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken);
}
