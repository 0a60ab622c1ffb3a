using System.CommandLine;
using Bot.Cli.Output;
using Bot.Core.Answering;
using Bot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>chat</c>: an interactive session; short follow-ups are read together with the previous question.</summary>
internal static class ChatCommand
{
    public static Command Create(CliContext context)
    {
        var filters = new FilterOptions();
        var command = new Command("chat", "Ask questions interactively (empty line, 'exit' or Ctrl+D to leave).");
        filters.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            using var services = context.BuildServices();
            await IndexConsole.OpenAsync(context.Console, services.GetRequiredService<IndexManager>(), quiet: false, cancellationToken);
            var answers = services.GetRequiredService<AnswerService>();
            var memory = new FollowUpMemory();
            context.Console.MarkupLine("[grey]Ask about the articles. An empty line or 'exit' leaves.[/]");
            while (!cancellationToken.IsCancellationRequested)
            {
                context.Console.Markup("[bold]> [/]");
                var line = await context.Input.ReadLineAsync(cancellationToken);
                if (string.IsNullOrWhiteSpace(line) || line.Trim() is "exit" or "quit")
                {
                    break;
                }

                var answer = await answers.AskAsync(memory.Resolve(line), filters.Read(result), cancellationToken: cancellationToken);
                AnswerPrinter.Print(context.Console, answer);
                context.Console.WriteLine();
            }

            return 0;
        });
        return command;
    }
}
