using Bot.Web.Activities;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.DirectLine;

/// <summary>
/// Runs <see cref="NewsBot"/> for Direct Line activities off the request, so a post returns at once and Web Chat sees
/// the answer on a later poll. Turns of one conversation run in order; conversations never wait for each other.
/// </summary>
public sealed partial class DirectLineBot(
    NewsBot bot,
    IOptions<DirectLineOptions> options,
    IOptions<ChatOptions> chatOptions,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineBot> logger)
{
    /// <summary>The bot's account in this channel's activities.</summary>
    public ChannelAccount Account { get; } = new(options.Value.BotId, chatOptions.Value.BotName) { Role = "bot" };

    /// <summary>Queues a turn for <paramref name="incoming"/>; its replies are appended to <paramref name="conversation"/>.</summary>
    public void Post(DirectLineConversation conversation, BotActivity incoming, string baseUrl) =>
        conversation.Enqueue(() => RunAsync(conversation, incoming, baseUrl));

    private async Task RunAsync(DirectLineConversation conversation, BotActivity incoming, string baseUrl)
    {
        try
        {
            await bot.OnTurnAsync(incoming, new DirectLineReplyChannel(conversation, clock), baseUrl, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The host is stopping; the conversation ends with it.
        }
        catch (Exception error)
        {
            // Nobody awaits a background turn: log it, and keep the conversation's queue going.
            LogTurnFailed(logger, error, conversation.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A Direct Line turn in {Conversation} failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception error, string conversation);
}
