using Bot.Core.Conversation;
using Bot.Core.Retrieval;
using Spectre.Console;

namespace Bot.Cli.Output;

/// <summary>Replies through the conversation service, as every channel does, showing a model's draft while it is written.</summary>
/// <remarks>
/// The draft is unverified: the checked answer may lose sentences. So on an interactive terminal the draft is shown
/// dimmed in a live region that is cleared when the reply is ready, and only the verified answer stays on screen.
/// When output is redirected there is no live region, so no draft is written at all.
/// </remarks>
internal static class DraftedReply
{
    public static async Task<ConversationReply> ReplyAsync(IAnsiConsole console, ConversationService bot, string conversationId, string utterance,
        SearchFilter? filter, CancellationToken cancellationToken)
    {
        if (!console.Profile.Capabilities.Interactive || !console.Profile.Capabilities.Ansi)
        {
            return await bot.ReplyAsync(conversationId, utterance, filter, cancellationToken);
        }

        ConversationReply? reply = null;
        await console.Live(new Text(string.Empty)).AutoClear(true).StartAsync(async live =>
        {
            reply = await bot.ReplyAsync(conversationId, utterance, filter, draft =>
            {
                live.UpdateTarget(new Markup($"[grey]{Markup.Escape(draft)}[/]"));
                live.Refresh();
                return Task.CompletedTask;
            }, cancellationToken);
        });
        return reply!;
    }
}
