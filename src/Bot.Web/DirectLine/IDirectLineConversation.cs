using Bot.Web.Activities;

namespace Bot.Web.DirectLine;

/// <summary>
/// One Direct Line conversation's history, wherever it is kept: in this process (<see cref="DirectLineConversation"/>)
/// or in a store several hosts share. Sequence numbers are the watermarks and only grow (§6.2.2).
/// </summary>
public interface IDirectLineConversation
{
    string Id { get; }

    /// <summary>The <c>dl_…</c> user the conversation's token was issued to.</summary>
    string UserId { get; }

    /// <summary>Stamps <paramref name="activity"/> with the next id and stores what replay needs of it; returns that id.</summary>
    Task<string> AppendAsync(BotActivity activity, string timestamp, CancellationToken cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/>; null when the watermark is beyond anything issued. Counts as use.</summary>
    Task<ActivitySet?> AfterAsync(long watermark, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A client posted: the conversation is in use.</summary>
    Task TouchAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
