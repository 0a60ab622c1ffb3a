namespace Bot.Web.Endpoints;

/// <summary>The body of <c>POST /api/ask</c>; without a conversation id each message starts a new conversation.</summary>
internal sealed record AskRequest(string? Question, string? ConversationId);
