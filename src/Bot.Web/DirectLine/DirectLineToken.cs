namespace Bot.Web.DirectLine;

/// <summary>What a valid token grants: one conversation, as one user (the JWT's <c>conv</c> and <c>user</c> claims).</summary>
public sealed record DirectLineToken(string ConversationId, string UserId);

/// <summary>The body of token and conversation replies: <c>{conversationId, token, expires_in}</c> (§6.1).</summary>
public sealed record ConversationGrant(
    string ConversationId,
    string Token,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);
