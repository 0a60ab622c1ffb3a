using System.CommandLine;
using System.Text.Json;
using Bot.Core.Answering.Names;
using Bot.Core.Evaluation;
using Bot.Core.Ingestion;
using Bot.Core.Text;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>train-names --set CORPUS=QUESTIONS … --out FILE</c>: refits the model that picks a "Who" answer's name out of its sentence.</summary>
internal static class TrainNamesCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var sets = new Option<string[]>("--set") { Description = "A corpus folder and a question file over it, as CORPUS=QUESTIONS; repeat for more. Only \"Who\" questions with answers are used.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out") { Description = "The weights to write (src/Bot.Core/Answering/Names/answer-names.json is the one built in).", Required = true };
        var precision = new Option<double>("--precision") { Description = "How often, on held-out articles, a name above the threshold must be the answer.", DefaultValueFactory = _ => 0.8 };
        var command = new Command("train-names", "Rebuild the model that names the answer to a \"Who\" question, for follow-ups such as \"what did he say?\".") { sets, output, precision };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(context, result, sets, output, precision, cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, ParseResult result, Option<string[]> sets, Option<FileInfo> output, Option<double> precision, CancellationToken cancellationToken)
    {
        var examples = result.GetValue(sets)!.SelectMany(set => Examples(context, set, cancellationToken)).ToList();
        var model = AnswerNameTrainer.Fit(examples, result.GetValue(precision));
        File.WriteAllText(result.GetValue(output)!.FullName, JsonSerializer.Serialize(model, Indented) + "\n");
        var card = model.HeldOut!;
        context.Console.MarkupLineInterpolated($"wrote [bold]{result.GetValue(output)!.FullName}[/] (threshold {model.Threshold:0.00})");
        context.Console.WriteLine($"  held out by article: {card.Questions} questions, best name right {card.Top1:0.000}; above the threshold {card.Picked:0.000} of them, right {card.Precision:0.000}");
        return 0;
    }

    // Each "Who" question with the sentence of its source article that holds an answer and shares most of its words.
    private static List<AnswerNameExample> Examples(CliContext context, string set, CancellationToken cancellationToken)
    {
        var (corpus, path, weight) = TrainingSet.Parse(set);
        if (weight != 1)
        {
            // The name model is a logistic regression fitted once over every example; there is no per-set weight to give it.
            throw new InvalidDataException($"--set {set}: train-names does not weigh sets; drop the *{weight} (repeat the set to count it twice).");
        }

        using var services = context.BuildServices(new Dictionary<string, string?> { ["Bot:Paths:Index"] = Path.Combine(Path.GetTempPath(), $"newsbot-train-{Environment.ProcessId}.index") });
        var articles = services.GetRequiredService<ArticleLoader>().Load([corpus], cancellationToken: cancellationToken).Articles;
        var questions = EvalQuestion.ReadFile(path).Where(q => q.IsAnswerable && AnswerNames.AsksWho(q.Question)).ToList();
        var made = new List<AnswerNameExample>();
        foreach (var question in questions)
        {
            var asked = EnglishTerms.Analyze(question.Question).ToHashSet(StringComparer.Ordinal);
            var sentence = articles.Where(a => question.IsSource(a.Id))
                .SelectMany(a => SentenceSplitter.Split(a.Body).Select(s => (Article: a.Id, Text: a.Body.Substring(s.Start, s.Length))))
                .Where(s => question.IsAnsweredBy(s.Text))
                .OrderByDescending(s => EnglishTerms.Analyze(s.Text).Distinct(StringComparer.Ordinal).Count(asked.Contains))
                .FirstOrDefault();
            if (sentence.Text is not null)
            {
                made.Add(new AnswerNameExample(question.Question, sentence.Text, question.Answers, sentence.Article));
            }
        }

        context.Console.WriteLine($"{set}: {made.Count} \"Who\" questions with their answer sentence (of {questions.Count})");
        return made;
    }
}
