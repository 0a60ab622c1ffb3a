using System.CommandLine;
using System.Text.Json;
using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Evaluation;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>eval --corpus DIR --questions FILE</c>: a fresh index over DIR, every question asked, figures printed.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Folder of articles to index.", Required = true };
        var questions = new Option<FileInfo>("--questions") { Description = "JSON-lines question file.", Required = true };
        var k = new Option<int>("--k") { Description = "How many passages count as retrieved.", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var verbose = new Option<bool>("--verbose") { Description = "Print each question's answer." };
        var command = new Command("eval", "Measure retrieval and answer quality on a question set, beside a BM25 baseline.") { corpus, questions, k, json, verbose };
        command.SetAction(async (result, cancellationToken) =>
        {
            var questionSet = EvalQuestion.ReadFile(result.GetValue(questions)!.FullName);

            // A temporary index path keeps evaluation from touching the saved index.
            using var services = context.BuildServices(new Dictionary<string, string?> { ["Bot:Paths:Index"] = Path.Combine(Path.GetTempPath(), $"newsbot-eval-{Environment.ProcessId}.index") });
            var loaded = services.GetRequiredService<ArticleLoader>().Load([result.GetValue(corpus)!.FullName], cancellationToken: cancellationToken);
            foreach (var warning in SourceCheck.UnknownSources(questionSet, loaded.Articles.Select(a => a.Id)))
            {
                await Console.Error.WriteLineAsync(warning);
            }

            await services.GetRequiredService<CorpusIndexer>().IndexAsync(loaded.Articles, cancellationToken: cancellationToken);
            var report = await new Evaluator(services.GetRequiredService<AnswerService>(), services.GetRequiredService<ConversationService>()).RunAsync(
                loaded.Articles, questionSet, result.GetValue(k),
                result.GetValue(verbose) ? (q, a) => EvalTable.PrintAnswer(context.Console, q, a) : null,
                cancellationToken);
            if (result.GetValue(json))
            {
                context.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(report));
            }
            else
            {
                EvalTable.Print(context.Console, report);
            }

            return 0;
        });
        return command;
    }
}
