using Bot.Core.Indexing;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary>Opens the saved index, saying where it is (the web host logs the same line) and, when it has to be rebuilt, why.</summary>
internal static class IndexConsole
{
    public static async Task OpenAsync(IAnsiConsole console, IndexManager manager, bool quiet, CancellationToken cancellationToken)
    {
        var messages = await manager.OpenAsync(cancellationToken: cancellationToken);
        foreach (var message in messages.Prepend($"Index: {manager.IndexPath}"))
        {
            // With --json, standard output carries only the JSON; notes go to standard error.
            if (quiet)
            {
                await Console.Error.WriteLineAsync(message);
            }
            else
            {
                console.MarkupLineInterpolated($"[grey]{message}[/]");
            }
        }
    }
}
