using System.CommandLine;
using System.Diagnostics;
using Bot.Cli.Output;
using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Cli.Commands;

/// <summary><c>ask "QUESTION" [--json]</c>: one message (question, look-up or summary request), one cited answer.</summary>
internal static class AskCommand
{
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
            if (result.GetValue(json))
            {
                // --json reports the elapsed time, and it is the answer's: the encoder, indexes and answer models are
                // loaded (by one offline answer, never a model call) before the clock starts.
                await services.GetRequiredService<AnswerService>().WarmUpAsync(cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            // One message, routed like any chat message: a question, a look-up or a summary request.
            var answer = (await DraftedReply.ReplyAsync(context.Console, services.GetRequiredService<ConversationService>(),
                Guid.NewGuid().ToString("N"), result.GetValue(question)!, filters.Read(result), cancellationToken)).Answer;
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
}
