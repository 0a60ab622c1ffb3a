namespace Bot.Web.DirectLine;

/// <summary>
/// Who may touch a conversation: only the holder of a valid token for it. Missing → 401; forged, expired or for another
/// conversation → 403 (DirectLineJS reads 403 as an expired token); a token for a conversation we do not hold → 404.
/// </summary>
internal sealed class DirectLineAccess(DirectLineTokens tokens, IDirectLineConversations conversations)
{
    /// <summary>The token in the request, or the 401/403 error.</summary>
    public async Task<(DirectLineToken? Token, IResult? Error)> TokenAsync(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return (null, DirectLineError.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "Send \"Authorization: Bearer <token>\" with a token from POST /v3/directline/tokens/generate."));
        }

        return await tokens.ReadAsync(header, request.HttpContext.RequestAborted).ConfigureAwait(false) is { } token
            ? (token, null)
            : (null, DirectLineError.Result(StatusCodes.Status403Forbidden, "TokenExpired", "The token is invalid or expired; refresh it or generate a new one."));
    }

    /// <summary>The conversation <paramref name="conversationId"/> if the request's token opens it, else the error.</summary>
    public async Task<(IDirectLineConversation? Conversation, DirectLineToken? Token, IResult? Error)> ConversationAsync(HttpRequest request, string conversationId)
    {
        var (token, error) = await TokenAsync(request).ConfigureAwait(false);
        if (token is null)
        {
            return (null, null, error);
        }

        if (!string.Equals(token.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, null, DirectLineError.Result(StatusCodes.Status403Forbidden, "Forbidden", "This token is for another conversation."));
        }

        return await conversations.FindAsync(conversationId, request.HttpContext.RequestAborted).ConfigureAwait(false) is { } conversation
            ? (conversation, token, null)
            : (null, null, DirectLineError.Result(StatusCodes.Status404NotFound, "ConversationNotFound", "The conversation does not exist or has expired; start a new one."));
    }
}
