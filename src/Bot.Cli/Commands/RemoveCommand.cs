using System.CommandLine;
using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary>
/// <c>remove ID... [--reason TEXT]</c>: takes articles down (a retraction, a legal removal). Each leaves the store with
/// every passage, and the removal list keeps it out of rebuilds and the inbox until an explicit <c>ingest</c> restores it.
/// </summary>
internal static class RemoveCommand
{
    public static Command Create(CliContext context)
    {
        var ids = new Argument<string[]>("ids") { Description = "Article ids as citations show them: paths relative to the ingested folder (tech/042.txt) or a seed's file name.", Arity = ArgumentArity.OneOrMore };
        var reason = new Option<string>("--reason") { Description = "Why it was removed (a retraction, a court order); kept in the removal list." };
        var command = new Command("remove", "Take articles down: remove them and their passages from the index, and keep them out of rebuilds.") { ids, reason };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var services = context.BuildServices();
            var manager = services.GetRequiredService<IndexManager>();
            await IndexConsole.OpenAsync(context.Console, manager, quiet: false, cancellationToken);
            var outcome = await services.GetRequiredService<ArticleRemover>().RemoveAsync(result.GetValue(ids)!, result.GetValue(reason), cancellationToken);
            Print(context.Console, outcome);
            if (outcome.Removed.Count > 0)
            {
                PrintWhere(context.Console, outcome, services.GetRequiredService<IOptions<RetrievalOptions>>().Value.UsesAzureSearch);
            }

            if (!outcome.Saved)
            {
                context.Console.MarkupLineInterpolated($"[red]The index could not be saved: {services.GetRequiredService<IndexHealth>().SaveProblem}. The removal list still keeps these articles out at the next start; free disk space or fix the permissions of {manager.IndexPath}, then run remove again.[/]");
            }

            return outcome.Saved && (outcome.Removed.Count > 0 || outcome.AlreadyRemoved.Count > 0) ? 0 : 1;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, RemovalOutcome outcome)
    {
        foreach (var removed in outcome.Removed)
        {
            console.WriteLine($"removed {removed.Id}: {removed.Passages} passage{(removed.Passages == 1 ? string.Empty : "s")}");
        }

        foreach (var removal in outcome.AlreadyRemoved)
        {
            console.WriteLine($"{removal.Id} was already {removal.Describe()}; nothing to do");
        }

        foreach (var unknown in outcome.Unknown)
        {
            var hint = unknown.Closest.Count > 0
                ? $"did you mean {string.Join(", ", unknown.Closest)}?"
                : "ids are paths relative to the ingested folder (tech/042.txt) or a seed's file name, as the Sources list of an answer shows them.";
            console.MarkupLineInterpolated($"[red]error:[/] {unknown.Id} is not indexed; {hint}");
        }
    }

    private static void PrintWhere(IAnsiConsole console, RemovalOutcome outcome, bool azureSearch)
    {
        console.WriteLine($"Recorded in {outcome.ListPath}: rebuilds and the inbox skip these articles; `bot ingest` of their files restores them.");
        console.WriteLine(azureSearch
            ? "The search service no longer holds them: every host stops citing them now."
            : "A running web chat stops citing them at its next start (their source pages say they were removed at once).");
    }
}
