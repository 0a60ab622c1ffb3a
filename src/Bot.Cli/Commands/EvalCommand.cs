using System.CommandLine;
using System.Text.Json;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Conversation;
using Bot.Core.Embeddings;
using Bot.Core.Evaluation;
using Bot.Core.Indexing;
using Bot.Core.Ingestion;
using Bot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>eval --corpus DIR --questions FILE</c>: a fresh index over DIR (or a saved one), every question asked, figures printed.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Folder of articles to index (not needed with --index)." };
        var questions = new Option<FileInfo>("--questions") { Description = "JSON-lines question file.", Required = true };
        var index = new Option<FileInfo>("--index") { Description = "Evaluate over this saved index instead of embedding --corpus again." };
        var saveIndex = new Option<FileInfo>("--save-index") { Description = "Save the index built from --corpus here, for later runs with --index." };
        var ranker = new Option<FileInfo>("--ranker") { Description = "Answer ranker model to use instead of the built-in one (see 'train --exclude')." };
        var leaveOut = new Option<bool>("--leave-sources-out") { Description = "Ask every answerable question with its source articles filtered out; only abstaining is right." };
        var leaveAnswersOut = new Option<bool>("--leave-answers-out") { Description = "Ask every answerable question with the sentences that hold its answer taken out of the passages found; only abstaining is right." };
        var lowerCase = new Option<bool>("--lower-case") { Description = "Ask every question typed all in lower case, as readers often type in a chat." };
        var k = new Option<int>("--k") { Description = "How many passages count as retrieved.", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var verbose = new Option<bool>("--verbose") { Description = "Print each question's answer." };
        var answersOut = new Option<FileInfo>("--answers") { Description = "Write each question's answer here as JSON lines, to compare two runs question by question." };
        var command = new Command("eval", "Measure retrieval and answer quality on a question set, beside a BM25 baseline.") { corpus, questions, index, saveIndex, ranker, leaveOut, leaveAnswersOut, lowerCase, k, json, verbose, answersOut };
        command.SetAction(async (result, cancellationToken) =>
        {
            var questionSet = EvalQuestion.ReadFile(result.GetValue(questions)!.FullName);
            if (result.GetValue(lowerCase))
            {
                questionSet = questionSet.Select(q => q.InLowerCase()).ToList();
            }

            // The index is written only with --save-index; a temporary path otherwise keeps evaluation off the saved index.
            var settings = new Dictionary<string, string?> { ["Bot:Paths:Index"] = result.GetValue(saveIndex)?.FullName ?? Path.Combine(Path.GetTempPath(), $"newsbot-eval-{Environment.ProcessId}.index") };
            if (result.GetValue(ranker) is { } model)
            {
                settings["Bot:Answering:RankerPath"] = model.FullName;
            }

            using var services = context.BuildServices(settings);
            var articles = await OpenAsync(services, result.GetValue(corpus), result.GetValue(index), result.GetValue(saveIndex) is not null, cancellationToken);
            foreach (var warning in SourceCheck.UnknownSources(questionSet, articles.Select(a => a.Id)))
            {
                await Console.Error.WriteLineAsync(warning);
            }

            using var log = result.GetValue(answersOut) is { } answersFile ? new EvalAnswerLog(answersFile.FullName) : null;
            Action<EvalQuestion, Answer>? print = result.GetValue(verbose) ? (q, a) => EvalTable.PrintAnswer(context.Console, q, a) : null;
            var report = await new Evaluator(services.GetRequiredService<AnswerService>(), services.GetRequiredService<ConversationService>()).RunAsync(
                articles, questionSet, result.GetValue(k), print + (log is null ? null : log.Write),
                result.GetValue(leaveOut) ? LeaveOut.Sources : result.GetValue(leaveAnswersOut) ? LeaveOut.Answers : LeaveOut.Nothing, cancellationToken);
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

    // A large corpus is embedded once (--save-index) and evaluated many times (--index).
    private static async Task<IReadOnlyList<NewsArticle>> OpenAsync(ServiceProvider services, DirectoryInfo? corpus, FileInfo? saved, bool save, CancellationToken cancellationToken)
    {
        var news = services.GetRequiredService<NewsIndex>();
        if (saved is not null)
        {
            var (name, dimensions) = EmbeddingGeneratorFactory.Describe(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
            var loaded = IndexFile.Load(saved.FullName, name, dimensions);
            var contents = loaded.Contents ?? throw new InvalidDataException($"--index {saved.FullName}: {loaded.Problem}. Build it again with --corpus DIR --save-index {saved.Name}.");
            news.Upsert(contents.Articles, contents.Chunks);
            return contents.Articles;
        }

        if (corpus is null)
        {
            throw new InvalidDataException("eval needs --corpus DIR (articles to index) or --index FILE (an index saved with --save-index).");
        }

        var read = services.GetRequiredService<ArticleLoader>().Load([corpus.FullName], cancellationToken: cancellationToken);
        await services.GetRequiredService<CorpusIndexer>().IndexAsync(read.Articles, cancellationToken: cancellationToken);
        if (save)
        {
            services.GetRequiredService<IndexManager>().Save();
        }

        return read.Articles;
    }
}
