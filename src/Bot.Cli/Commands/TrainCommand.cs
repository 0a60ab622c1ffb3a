using System.CommandLine;
using Bot.Core.Answering.Ranking;
using Bot.Core.Evaluation;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>train --set CORPUS=QUESTIONS … --out FILE</c>: rebuilds the answer ranker and chooses its abstention threshold on held-out folds.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var sets = new Option<string[]>("--set") { Description = "A corpus folder and its question file, as CORPUS=QUESTIONS; repeat for more.", Required = true, AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<FileInfo[]>("--exclude") { Description = "Question files whose questions are left out of training (to report on them afterwards)." };
        var output = new Option<FileInfo>("--out") { Description = "The model file to write; its card (.json) is written beside it.", Required = true };
        var folds = new Option<int>("--folds") { Description = "Folds for the by-article cross-validation that chooses the threshold.", DefaultValueFactory = _ => 4 };
        var abstainWrong = new Option<double>("--abstain-wrong") { Description = "The share of answerable held-out questions the threshold may abstain on.", DefaultValueFactory = _ => 0.04 };
        var seed = new Option<int>("--seed") { Description = "Seed for the swapped-name questions and the trees.", DefaultValueFactory = _ => 7 };
        var command = new Command("train", "Rebuild the answer ranker from question sets (deterministic for a fixed seed).") { sets, exclude, output, folds, abstainWrong, seed };
        command.SetAction(async (result, cancellationToken) =>
        {
            var excluded = (result.GetValue(exclude) ?? []).SelectMany(f => EvalQuestion.ReadFile(f.FullName)).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            var examples = new List<RankerExample>();
            var trainedOn = new List<string>();
            foreach (var set in result.GetValue(sets)!)
            {
                var (corpus, questions) = Split(set);
                var chosen = EvalQuestion.ReadFile(questions).Where(q => !excluded.Contains(q.Id)).ToList();
                var made = await ExamplesAsync(context, corpus, chosen, result.GetValue(seed), cancellationToken);
                examples.AddRange(made);
                trainedOn.Add($"{Path.GetFileName(questions)}: {chosen.Count} questions, {made.Count} examples");
            }

            var card = Fit(context, examples, trainedOn, result.GetValue(folds), result.GetValue(abstainWrong), result.GetValue(seed), result.GetValue(output)!.FullName);
            context.Console.MarkupLineInterpolated($"wrote [bold]{result.GetValue(output)!.FullName}[/] (threshold {card.Threshold:0.0000})");
            foreach (var (name, value) in card.HeldOut)
            {
                context.Console.WriteLine($"  held-out {name,-26} {value}");
            }

            return 0;
        });
        return command;
    }

    private static RankerCard Fit(CliContext context, List<RankerExample> examples, List<string> trainedOn, int folds, double abstainWrong, int seed, string path)
    {
        var progress = new Progress<string>(s => context.Console.WriteLine($"cross-validating: {s}"));
        var heldOut = RankerFitting.CrossValidate(examples, folds, seed, progress);
        double threshold = RankerFitting.Threshold(heldOut, abstainWrong);
        var card = new RankerCard(Math.Round(threshold, 5), SentenceFeatures.Names, trainedOn, RankerFitting.Figures(heldOut, threshold));
        context.Console.WriteLine($"fitting the final model on {examples.Count} examples");
        RankerFitting.Save(RankerFitting.Fit(examples, seed), card, path);
        return card;
    }

    private static async Task<List<RankerExample>> ExamplesAsync(CliContext context, string corpus, List<EvalQuestion> questions, int seed, CancellationToken cancellationToken)
    {
        using var services = context.BuildServices(new Dictionary<string, string?> { ["Bot:Paths:Index"] = Path.Combine(Path.GetTempPath(), $"newsbot-train-{Environment.ProcessId}.index") });
        var loaded = services.GetRequiredService<ArticleLoader>().Load([corpus], cancellationToken: cancellationToken);
        await services.GetRequiredService<CorpusIndexer>().IndexAsync(loaded.Articles, cancellationToken: cancellationToken);
        context.Console.WriteLine($"{corpus}: {loaded.Articles.Count} articles; featurising {questions.Count} questions");
        var progress = new Progress<int>(n => { if (n % 1024 == 0) { context.Console.WriteLine($"  {n} examples"); } });
        return await services.GetRequiredService<RankerTrainer>().ExamplesAsync(questions, Path.GetFileName(corpus.TrimEnd('/')), seed, progress, cancellationToken);
    }

    private static (string Corpus, string Questions) Split(string set)
    {
        int at = set.IndexOf('=', StringComparison.Ordinal);
        return at > 0 ? (Path.GetFullPath(set[..at]), Path.GetFullPath(set[(at + 1)..]))
            : throw new InvalidDataException($"--set {set}: expected CORPUS=QUESTIONS, for example ../shared/data/squad-b/corpus=../shared/data/squad-b/questions.jsonl");
    }
}
