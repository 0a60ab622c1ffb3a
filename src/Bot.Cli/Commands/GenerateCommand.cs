using System.CommandLine;
using Bot.Cli.Bench;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>generate --articles N --out DIR</c>: writes synthetic news articles, for load tests and large ingests.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to write.", DefaultValueFactory = _ => 1000 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write them to (created).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed writes the same articles.", DefaultValueFactory = _ => 42 };
        var command = new Command("generate", "Write synthetic articles (seed-article vocabulary with news-like word frequencies) for load and scale tests.") { articles, output, seed };
        command.SetAction(result =>
        {
            var folder = result.GetValue(output)!.FullName;
            int count = result.GetValue(articles);
            Directory.CreateDirectory(folder);
            var generator = new ArticleGenerator(Path.Combine(AppContext.BaseDirectory, "seeds"), result.GetValue(seed));
            context.Console.Progress().Start(progress =>
            {
                var task = progress.AddTask("Writing articles", maxValue: count);
                for (int i = 1; i <= count; i++)
                {
                    IngestBench.WriteArticle(generator, folder, i);
                    task.Increment(1);
                }
            });
            context.Console.MarkupLineInterpolated($"Wrote {count:N0} articles to {folder}");
            return 0;
        });
        return command;
    }
}
