using System.CommandLine;
using System.Diagnostics;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary>
/// <c>ingest PATH...</c>: reads articles (folders are walked recursively), adds them to the saved index and prints what
/// happened: progress with articles/s and time left while it runs, then articles, passages, sentences/s and seconds.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (.txt, .md, .html); folders are read with their subfolders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Build or update the saved index from article files and folders.") { paths };
        command.SetAction(async (result, cancellationToken) =>
        {
            RequireExisting(result.GetValue(paths)!);
            using var services = context.BuildServices();
            var manager = services.GetRequiredService<IndexManager>();
            await IndexConsole.OpenAsync(context.Console, manager, quiet: false, cancellationToken);
            var clock = Stopwatch.StartNew();
            var outcome = await WithProgressAsync(context.Console, (read, index) =>
                manager.IngestAsync(result.GetValue(paths)!, read, index, cancellationToken));
            Print(context.Console, outcome, clock.Elapsed);
            if (!outcome.Saved)
            {
                context.Console.MarkupLineInterpolated($"[red]The index could not be saved: {services.GetRequiredService<IndexHealth>().SaveProblem}. Free disk space or fix the permissions of {manager.IndexPath} (or set Bot:Paths:Index), then ingest again.[/]");
                return 1;
            }

            return 0;
        });
        return command;
    }

    // A mistyped path must fail the command (exit 1, one line), not read as "0 articles ingested" with exit 0.
    private static void RequireExisting(string[] paths)
    {
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException($"{string.Join(", ", missing)}: no such file or folder; nothing was ingested.");
        }
    }

    private static async Task<IngestOutcome> WithProgressAsync(IAnsiConsole console, Func<IProgress<IngestionProgress>, IProgress<IndexingProgress>, Task<IngestOutcome>> run)
    {
        IngestOutcome? outcome = null;
        await console.Progress().AutoClear(false).HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var reading = progress.AddTask("Reading files");
                var embedding = progress.AddTask("Embedding articles", autoStart: false);
                // Embedding starts its clock when reading ends, so each line's rate and time are its own.
                outcome = await run(
                    new Progress<IngestionProgress>(p => Advance(reading, p.Done, p.Total, next: embedding)),
                    new Progress<IndexingProgress>(p => Advance(embedding, p.Done, p.Total, next: null)));
                Finish(reading);
                Finish(embedding);
            });
        return outcome!;
    }

    private static void Advance(ProgressTask task, int done, int total, ProgressTask? next)
    {
        if (!task.IsStarted)
        {
            task.StartTask();
        }

        task.MaxValue = Math.Max(total, 1);
        task.Value = done;
        if (done >= total && next is not null)
        {
            task.StopTask();
            next.StartTask();
        }
    }

    private static void Finish(ProgressTask task)
    {
        task.Value = task.MaxValue;
        if (!task.IsFinished)
        {
            task.StopTask();
        }
    }

    private static void Print(IAnsiConsole console, IngestOutcome outcome, TimeSpan elapsed)
    {
        foreach (var line in outcome.Report.SummaryLines())
        {
            console.WriteLine(line);
        }

        foreach (var restored in outcome.Restored)
        {
            console.MarkupLineInterpolated($"[yellow]  restored {restored.Id}: it was {restored.Describe()} and is answered from again[/]");
        }

        foreach (var fix in IngestFixes.For(outcome.Report.Skipped))
        {
            console.MarkupLineInterpolated($"[yellow]{fix}[/]");
        }

        var indexing = outcome.Indexing;
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        console.WriteLine($"Indexed {indexing.Articles:N0} articles as {indexing.Chunks:N0} passages ({indexing.Sentences:N0} sentences) in {seconds:0.0} s: " +
            $"{indexing.Articles / seconds:0.0} articles/s, {indexing.Sentences / Math.Max(indexing.EmbedTime.TotalSeconds, 0.001):0} sentences/s embedded; " +
            $"the index now holds {outcome.TotalArticles:N0} articles and {outcome.TotalChunks:N0} passages.");
    }
}
