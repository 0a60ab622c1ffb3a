using Bot.Core.Answering;

namespace Bot.Core.Conversation;

/// <summary>One exchange: what the user typed, what it was read as, and what the bot answered.</summary>
public sealed record ConversationTurn(string UserText, string ResolvedText, Answer Reply);
