namespace Bot.Web.DirectLine;

/// <summary>All open Direct Line conversations, bounded in number, bytes and idle time wherever they are kept.</summary>
public interface IDirectLineConversations
{
    /// <summary>The conversation, or null when unknown or idle past <see cref="DirectLineOptions.IdleMinutes"/>.</summary>
    Task<IDirectLineConversation?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The conversation <paramref name="token"/> names, created when new; <c>Created</c> tells which.</summary>
    Task<(IDirectLineConversation Conversation, bool Created)> OpenAsync(DirectLineToken token, CancellationToken cancellationToken);
}
