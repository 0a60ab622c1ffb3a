namespace Bot.Web.Endpoints;

/// <summary>
/// The conversation ids <c>/api/ask</c> has handed out, each forgotten after <c>Bot:Conversation:IdleMinutes</c> without
/// a question: in this process, or in Redis (chosen in <c>AddState</c>) so that any host continues any id.
/// </summary>
public interface IAskConversationIds
{
    /// <summary>Remembers a newly issued <paramref name="id"/>.</summary>
    Task IssueAsync(string id, CancellationToken cancellationToken);

    /// <summary>True (and the idle clock restarts) when <paramref name="id"/> was issued and has not expired.</summary>
    Task<bool> ContinueAsync(string id, CancellationToken cancellationToken);
}
