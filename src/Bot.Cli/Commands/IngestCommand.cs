using System.CommandLine;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>ingest PATH...</c>: reads articles, adds them to the saved index and prints what happened.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (.txt, .md, .html).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Build or update the saved index from article files and folders.") { paths };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var services = context.BuildServices();
            var manager = services.GetRequiredService<IndexManager>();
            await IndexConsole.OpenAsync(context.Console, manager, quiet: false, cancellationToken);
            var outcome = await WithProgressAsync(context.Console, (read, index) =>
                manager.IngestAsync(result.GetValue(paths)!, read, index, cancellationToken));
            Print(context.Console, outcome);
            if (!outcome.Saved)
            {
                context.Console.MarkupLineInterpolated($"[red]The index could not be saved: {services.GetRequiredService<IndexHealth>().SaveProblem}. Free disk space or fix the permissions of {manager.IndexPath} (or set Bot:Paths:Index), then ingest again.[/]");
                return 1;
            }

            return 0;
        });
        return command;
    }

    private static async Task<IngestOutcome> WithProgressAsync(IAnsiConsole console, Func<IProgress<IngestionProgress>, IProgress<IndexingProgress>, Task<IngestOutcome>> run)
    {
        IngestOutcome? outcome = null;
        await console.Progress().AutoClear(false).StartAsync(async progress =>
        {
            var reading = progress.AddTask("Reading and cleaning");
            var embedding = progress.AddTask("Embedding and indexing");
            outcome = await run(
                new Progress<IngestionProgress>(p => { reading.MaxValue = Math.Max(p.Total, 1); reading.Value = p.Done; }),
                new Progress<IndexingProgress>(p => { embedding.MaxValue = Math.Max(p.Total, 1); embedding.Value = p.Done; }));
            reading.Value = reading.MaxValue;
            embedding.Value = embedding.MaxValue;
        });
        return outcome!;
    }

    private static void Print(IAnsiConsole console, IngestOutcome outcome)
    {
        foreach (var line in outcome.Report.SummaryLines())
        {
            console.WriteLine(line);
        }

        console.WriteLine($"Indexed {outcome.Indexing.Articles} articles as {outcome.Indexing.Chunks} passages in {outcome.Indexing.TotalTime.TotalSeconds:0.0} s; " +
            $"the index now holds {outcome.TotalArticles} articles and {outcome.TotalChunks} passages.");
    }
}
