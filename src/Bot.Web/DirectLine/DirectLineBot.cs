using Bot.Web.Activities;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.DirectLine;

/// <summary>
/// Runs <see cref="NewsBot"/> for Direct Line activities off the request, through the <see cref="TurnScheduler"/> every
/// channel shares, so a post returns at once and Web Chat sees the answer on a later poll.
/// </summary>
public sealed class DirectLineBot(
    NewsBot bot,
    TurnScheduler queue,
    IOptions<DirectLineOptions> options,
    IOptions<ChatOptions> chatOptions,
    TimeProvider clock)
{
    /// <summary>The bot's account in this channel's activities.</summary>
    public ChannelAccount Account { get; } = new(options.Value.BotId, chatOptions.Value.BotName) { Role = "bot" };

    /// <summary>The key turns and rate limits of <paramref name="conversation"/> go under: ours, whatever channel id a client claims.</summary>
    public static string Key(DirectLineConversation conversation) => $"{DirectLineActivities.ChannelId}:{conversation.Id}";

    /// <summary>
    /// Stores <paramref name="incoming"/> in the conversation (the echo) and queues its turn; the echo's id, or why
    /// there is no room. Nothing is stored when the queue refuses the turn.
    /// </summary>
    public (string? Id, TurnAdmission Admission) Post(DirectLineConversation conversation, BotActivity incoming, string baseUrl)
    {
        // The turn may not start before the echo has its id: it replies to that id.
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var admission = queue.TryEnqueue(Key(conversation), async stopping =>
        {
            await stored.Task.ConfigureAwait(false);
            await RunAsync(conversation, incoming, baseUrl, stopping).ConfigureAwait(false);
        });
        if (admission != TurnAdmission.Accepted)
        {
            return (null, admission);
        }

        try
        {
            return (conversation.Append(incoming, ActivityTypes.Now(clock)), admission);
        }
        finally
        {
            stored.SetResult();
        }
    }

    /// <summary>Queues the welcome turn of a new conversation; a full queue only means no welcome.</summary>
    public void Welcome(DirectLineConversation conversation, string baseUrl) =>
        queue.TryEnqueue(Key(conversation), stopping => RunAsync(conversation, DirectLineActivities.MembersAdded(conversation, Account), baseUrl, stopping));

    private Task<InvokeResponse?> RunAsync(DirectLineConversation conversation, BotActivity incoming, string baseUrl, CancellationToken stopping) =>
        bot.OnTurnAsync(incoming, new DirectLineReplyChannel(conversation, clock), baseUrl, stopping);
}
