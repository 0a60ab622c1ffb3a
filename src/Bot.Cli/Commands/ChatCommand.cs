using System.CommandLine;
using Bot.Cli.Output;
using Bot.Core.Conversation;
using Bot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>chat</c>: an interactive conversation: questions, follow-ups, look-ups, summaries, "show source 2".</summary>
internal static class ChatCommand
{
    public static Command Create(CliContext context)
    {
        var filters = new FilterOptions();
        var command = new Command("chat", "Talk to the bot (empty line, 'exit' or Ctrl+D to leave).");
        filters.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            using var services = context.BuildServices();
            await IndexConsole.OpenAsync(context.Console, services.GetRequiredService<IndexManager>(), quiet: false, cancellationToken);
            var bot = services.GetRequiredService<ConversationService>();
            var conversation = Guid.NewGuid().ToString("N");
            AnswerPrinter.Print(context.Console, await services.GetRequiredService<Greeting>().ReplyAsync(cancellationToken));
            PrintTry(context.Console, await services.GetRequiredService<Greeting>().ExamplesAsync(cancellationToken));
            while (!cancellationToken.IsCancellationRequested)
            {
                context.Console.Write("> ");
                var line = await context.Input.ReadLineAsync(cancellationToken);
                if (string.IsNullOrWhiteSpace(line) || line.Trim() is "exit" or "quit")
                {
                    break;
                }

                var reply = await DraftedReply.ReplyAsync(context.Console, bot, conversation, line, filters.Read(result), cancellationToken);
                AnswerPrinter.Print(context.Console, reply.Answer);
                if (reply.Intent == Bot.Core.Conversation.Intents.Intent.SmallTalk)
                {
                    PrintTry(context.Console, reply.Suggestions);
                }

                context.Console.WriteLine();
            }

            return 0;
        });
        return command;
    }

    // Channels show suggestions as buttons; the terminal lists them.
    private static void PrintTry(IAnsiConsole console, IReadOnlyList<string> suggestions)
    {
        foreach (var suggestion in suggestions)
        {
            console.MarkupLine($"[grey]  try:[/] {Markup.Escape(suggestion)}");
        }
    }
}
