using Bot.Core.Answering;

namespace Bot.Web.Chat;

/// <summary>An answer kept for its 👍/👎: the conversation it belongs to and the question it answered.</summary>
public sealed record RememberedAnswer(string ConversationKey, string Question, Answer Answer);
