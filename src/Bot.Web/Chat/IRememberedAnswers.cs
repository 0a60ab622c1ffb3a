namespace Bot.Web.Chat;

/// <summary>
/// The recent answers a rating may name, by our answer id or by the activity id a channel gave the reply. Kept in this
/// process (<see cref="InMemoryRememberedAnswers"/>) or in a store all hosts share, so a 👍 may reach another host.
/// </summary>
public interface IRememberedAnswers
{
    /// <summary>Keeps <paramref name="answer"/> under a new id, forgetting the oldest beyond the configured number.</summary>
    Task<string> RememberAsync(RememberedAnswer answer, CancellationToken cancellationToken);

    /// <summary>Lets <paramref name="activityId"/> name the answer <paramref name="answerId"/> too (Teams rates by activity id).</summary>
    Task AliasAsync(string activityId, string answerId, CancellationToken cancellationToken);

    /// <summary>The answer an answer id or aliased activity id names, with its answer id; null when unknown or forgotten.</summary>
    Task<(string AnswerId, RememberedAnswer Answer)?> FindAsync(string answerOrActivityId, CancellationToken cancellationToken);
}
