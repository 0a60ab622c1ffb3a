using Bot.Web.Activities;
using Bot.Web.Chat;

namespace Bot.Web.DirectLine;

/// <summary>
/// Delivers the bot's replies into a Direct Line conversation, where Web Chat's next poll picks them up. Our server
/// returns typing activities over polling (Azure's does not), so Web Chat 4.18.1 shows the stream (§5.2, §6.2.6).
/// </summary>
internal sealed class DirectLineReplyChannel(IDirectLineConversation conversation, TimeProvider clock) : IReplyChannel
{
    public bool SupportsStreaming => true;

    public async Task<string?> SendAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        activity.ChannelId ??= DirectLineActivities.ChannelId;
        return await conversation.AppendAsync(activity, ActivityTypes.Now(clock), cancellationToken).ConfigureAwait(false);
    }
}
