using System.CommandLine;
using System.Diagnostics;
using Bot.Cli.Output;
using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Indexing;
using Bot.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Cli.Commands;

/// <summary><c>ask "QUESTION" [--json]</c>: one message (question, look-up or summary request), one cited answer.</summary>
internal static class AskCommand
{
    private const string WarmUpQuestion = "What happened at the meeting?";

    public static Command Create(CliContext context)
    {
        var question = new Argument<string>("question") { Description = "The question to answer from the articles." };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON." };
        var filters = new FilterOptions();
        var command = new Command("ask", "Answer one question from the indexed articles, with sources.") { question, json };
        filters.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            using var services = context.BuildServices();
            await IndexConsole.OpenAsync(context.Console, services.GetRequiredService<IndexManager>(), quiet: result.GetValue(json), cancellationToken);
            var conversations = services.GetRequiredService<ConversationService>();
            if (result.GetValue(json) && !services.GetRequiredService<IOptions<ModelOptions>>().Value.UsesModel)
            {
                // --json reports the elapsed time, and it is the answer's: models are loaded before the clock starts.
                // Not with a language model: the warm-up would be a paid call, and the model's time dwarfs start-up.
                await WarmUpAsync(conversations, cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            if (!result.GetValue(json) && await AskStreamer.TryStreamAsync(context.Console, services, result.GetValue(question)!, filters.Read(result), cancellationToken))
            {
                return 0;
            }

            // One message, routed like any chat message: a question, a look-up or a summary request.
            var answer = (await conversations
                .ReplyAsync(Guid.NewGuid().ToString("N"), result.GetValue(question)!, filters.Read(result), cancellationToken)).Answer;
            if (result.GetValue(json))
            {
                context.Console.Profile.Out.Writer.WriteLine(AnswerJson.Serialize(answer, clock.Elapsed));
            }
            else
            {
                AnswerPrinter.Print(context.Console, answer);
            }

            return 0;
        });
        return command;
    }

    // The first answer of a process loads models and builds caches (measured: about 1.2 s of a 1.7 s first answer).
    // A throwaway question in a throwaway conversation pays for that, so the time reported is the answer's own.
    private static async Task WarmUpAsync(ConversationService conversations, CancellationToken cancellationToken)
    {
        await InstructionShapes.StartWarmUp().WaitAsync(cancellationToken);
        await conversations.ReplyAsync($"warm-up-{Guid.NewGuid():N}", WarmUpQuestion, cancellationToken: cancellationToken);
    }
}
