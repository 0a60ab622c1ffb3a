using System.CommandLine;
using Bot.Core.Answering.Ranking;
using Bot.Core.Evaluation;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>train --set CORPUS=QUESTIONS … --out FILE</c>: rebuilds the answer models and chooses the abstention threshold on held-out folds.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new RankerSettings();
        var sets = new Option<string[]>("--set") { Description = "A corpus folder and a question file over it, as CORPUS=QUESTIONS, or CORPUS=QUESTIONS*WEIGHT to count its questions more; repeat for more.", Required = true, AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<FileInfo[]>("--exclude") { Description = "Question files whose questions are left out of training (to report on them afterwards)." };
        var output = new Option<FileInfo>("--out") { Description = "The sentence model to write; the answerability model and the card (.json) are written beside it.", Required = true };
        var folds = new Option<int>("--folds") { Description = "Folds of the by-article cross-validation that chooses the threshold.", DefaultValueFactory = _ => 4 };
        var abstainWrong = new Option<double>("--abstain-wrong") { Description = "The share of answerable held-out questions the threshold may abstain on.", DefaultValueFactory = _ => 0.03 };
        var seed = new Option<int>("--seed") { Description = "Seed for the swapped-name questions and the trees.", DefaultValueFactory = _ => defaults.Seed };
        var trees = new Option<int>("--trees") { Description = "Boosted trees per model.", DefaultValueFactory = _ => defaults.Trees };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree.", DefaultValueFactory = _ => defaults.Leaves };
        var rate = new Option<double>("--learning-rate") { Description = "Boosting learning rate.", DefaultValueFactory = _ => defaults.LearningRate };
        var cache = new Option<DirectoryInfo>("--cache") { Description = "Keep each set's featurised questions in this folder and reuse them while the features and files are unchanged (for tuning)." };
        var sentenceOnly = new Option<bool>("--sentence-only") { Description = "Refit only the sentence model (which sentence answers) and replace it at --out; the answerability and passage models and the card beside it are kept, and the card lists these sets as the sentence model's." };
        var command = new Command("train", "Rebuild the answer ranker from question sets (deterministic for a fixed seed).") { sets, exclude, output, folds, abstainWrong, seed, trees, leaves, rate, cache, sentenceOnly };
        command.SetAction(async (result, cancellationToken) =>
        {
            var (examples, trainedOn) = await ExamplesAsync(context, result.GetValue(sets)!, result.GetValue(exclude) ?? [], result.GetValue(seed), result.GetValue(cache), cancellationToken);
            var settings = new RankerSettings(result.GetValue(trees), result.GetValue(leaves), result.GetValue(rate), Seed: result.GetValue(seed));
            if (result.GetValue(sentenceOnly))
            {
                return SentencesOnly(context, examples, trainedOn, settings, result.GetValue(output)!.FullName);
            }

            var fit = RankerFitting.Run(examples, result.GetValue(folds), settings, result.GetValue(abstainWrong), new Progress<string>(s => context.Console.WriteLine($"fitting: {s}")));
            var card = new RankerCard(Math.Round(fit.Threshold, 5), SentenceFeatures.Names, trainedOn, fit.HeldOut);
            RankerFitting.Save(fit.Models, card, result.GetValue(output)!.FullName);
            context.Console.MarkupLineInterpolated($"wrote [bold]{result.GetValue(output)!.FullName}[/] (threshold {card.Threshold:0.0000})");
            foreach (var (name, value) in card.HeldOut)
            {
                context.Console.WriteLine($"  held-out {name,-26} {value}");
            }

            return 0;
        });
        return command;
    }

    // The answerability model reads the sentence model's probabilities, so one refitted alone must come from sets whose
    // questions it already ranks well; measure with eval before replacing the committed file (docs/quality.md).
    private static int SentencesOnly(CliContext context, List<RankerExample> examples, List<string> trainedOn, RankerSettings settings, string output)
    {
        string cardPath = RankerCard.PathFor(output);
        if (!File.Exists(cardPath))
        {
            context.Console.MarkupLineInterpolated($"[red]error:[/] {cardPath} is missing: --sentence-only replaces the sentence model of a ranker that is already there; run train without it first.");
            return 1;
        }

        var card = RankerCard.Read(cardPath);
        if (!card.Features.SequenceEqual(SentenceFeatures.Names))
        {
            context.Console.MarkupLineInterpolated($"[red]error:[/] {cardPath} was fitted on other features than this build's; run train without --sentence-only to refit all three models.");
            return 1;
        }

        context.Console.WriteLine("fitting: the sentence model alone, on every question");
        RankerModels.SaveSentences(new MLContext(1), RankerFitting.RunSentences(examples, settings), output);
        (card with { SentenceTrainedOn = trainedOn }).Write(cardPath);
        context.Console.MarkupLineInterpolated($"wrote [bold]{output}[/] (the answerability and passage models beside it are unchanged)");
        return 0;
    }

    private static async Task<(List<RankerExample> Examples, List<string> TrainedOn)> ExamplesAsync(
        CliContext context, string[] sets, FileInfo[] exclude, int seed, DirectoryInfo? cache, CancellationToken cancellationToken)
    {
        var excluded = exclude.SelectMany(f => EvalQuestion.ReadFile(f.FullName)).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var examples = new List<RankerExample>();
        var trainedOn = new List<string>();
        foreach (var (corpus, questions, weight) in sets.Select(TrainingSet.Parse))
        {
            var made = await SetExamplesAsync(context, corpus, questions, seed, cache, cancellationToken);

            // Made-up variants ("id~out", "id~swap") go with the question they were made from.
            var kept = made.Where(e => !excluded.Contains(e.QuestionId.Split('~')[0])).Select(e => e with { Weight = weight }).ToList();
            examples.AddRange(kept);
            trainedOn.Add($"{Path.GetFileName(questions)}: {kept.Count(e => !e.QuestionId.Contains('~'))} questions, weight {weight}");
        }

        return (examples, trainedOn);
    }

    private static async Task<List<RankerExample>> SetExamplesAsync(CliContext context, string corpus, string questions, int seed, DirectoryInfo? cache, CancellationToken cancellationToken)
    {
        // The build and the settings are part of the key: a change to the code (a word table, say) or to retrieval
        // moves feature values without renaming a feature, and reusing rows featurised before it trains on stale values.
        string key = $"{corpus}|{questions}|{File.GetLastWriteTimeUtc(questions):O}|seed {seed}|build {typeof(RankerExample).Assembly.ManifestModule.ModuleVersionId}|{Overrides()}";
        string? file = cache is null ? null : Path.Combine(cache.FullName, $"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..16]}.bin");
        if (file is not null && File.Exists(file) && RankerExampleFile.Read(file, key) is { } cached)
        {
            context.Console.WriteLine($"{Path.GetFileName(questions)}: reusing {cached.Count} featurised questions from {file}");
            return cached;
        }

        var made = await FeaturiseAsync(context, corpus, EvalQuestion.ReadFile(questions).ToList(), seed, cancellationToken);
        if (file is not null)
        {
            Directory.CreateDirectory(cache!.FullName);
            RankerExampleFile.Write(file, key, made);
        }

        return made;
    }

    // Settings given as environment variables (Bot__Retrieval__KeepHeads=0 and the like), in a fixed order.
    private static string Overrides() =>
        string.Join(';', Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("Bot__", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)
            .Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}"));

    private static async Task<List<RankerExample>> FeaturiseAsync(CliContext context, string corpus, List<EvalQuestion> questions, int seed, CancellationToken cancellationToken)
    {
        using var services = context.BuildServices(new Dictionary<string, string?> { ["Bot:Paths:Index"] = Path.Combine(Path.GetTempPath(), $"newsbot-train-{Environment.ProcessId}.index") });
        var loaded = services.GetRequiredService<ArticleLoader>().Load([corpus], cancellationToken: cancellationToken);
        await services.GetRequiredService<CorpusIndexer>().IndexAsync(loaded.Articles, cancellationToken: cancellationToken);
        context.Console.WriteLine($"{corpus}: {loaded.Articles.Count} articles; featurising {questions.Count} questions and their unanswerable variants");
        var progress = new Progress<int>(n => context.Console.WriteLine($"  {n} featurised"));
        return await services.GetRequiredService<RankerTrainer>().ExamplesAsync(questions, Path.GetFileName(corpus.TrimEnd('/')), seed, progress, cancellationToken);
    }
}
