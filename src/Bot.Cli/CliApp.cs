using System.CommandLine;
using Bot.Cli.Commands;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Bot.Cli;

/// <summary>The command tree and its error handling; tests call this with their own console.</summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the verb, writing to <paramref name="console"/>.</summary>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, IReadOnlyDictionary<string, string?>? settings = null, TextReader? input = null)
    {
        var context = new CliContext(console, settings ?? new Dictionary<string, string?>(), input ?? Console.In);
        var root = new RootCommand("News bot: answers questions about news articles, citing every claim.")
        {
            IngestCommand.Create(context),
            RemoveCommand.Create(context),
            AskCommand.Create(context),
            ChatCommand.Create(context),
            EvalCommand.Create(context),
            LoadCommand.Create(context),
            BenchCommand.Create(context),
            GenerateCommand.Create(context),
            AzureUploadCommand.Create(context),
            TrainCommand.Create(context),
            TrainNamesCommand.Create(context),
            StoriesCommand.Create(context),
        };

        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = console.Profile.Out.Writer, Error = console.Profile.Out.Writer }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // People get one readable line that names the problem, never a stack trace.
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return 1;
        }
    }
}
