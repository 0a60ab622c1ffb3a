using Bot.Cli.Output;
using Bot.Core.Answering;
using Bot.Core.Conversation.Intents;
using Bot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary>With a model configured, shows a question's answer as the model writes it, then the verified answer.</summary>
/// <remarks>
/// The streamed text is unverified, so it is shown dimmed as a draft; the answer printed after it is the one
/// checked against the sources, with citations built from our records. Look-ups and summary requests keep
/// the ordinary, non-streamed path.
/// </remarks>
internal static class AskStreamer
{
    public static async Task<bool> TryStreamAsync(IAnsiConsole console, IServiceProvider services, string question, SearchFilter? filter, CancellationToken cancellationToken)
    {
        var answers = services.GetRequiredService<AnswerService>();
        if (!answers.UsesModel || services.GetRequiredService<IntentRouter>().Route(question).Intent != Intent.Question)
        {
            return false;
        }

        Answer? answer = null;
        await foreach (var update in answers.StreamAsync(question, [], filter, cancellationToken: cancellationToken))
        {
            if (update.Token is not null)
            {
                console.Markup($"[grey]{Markup.Escape(update.Token)}[/]");
            }

            answer = update.Answer ?? answer;
        }

        console.WriteLine();
        console.WriteLine();
        AnswerPrinter.Print(console, answer!);
        return true;
    }
}
