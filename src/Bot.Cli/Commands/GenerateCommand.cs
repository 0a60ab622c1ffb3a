using System.CommandLine;
using Bot.Cli.Bench;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>generate --articles N --out DIR [--folders K]</c>: writes synthetic news articles, for load tests and large ingests.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to write.", DefaultValueFactory = _ => 1000 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write them to (created).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed writes the same articles.", DefaultValueFactory = _ => 42 };
        var folders = new Option<int>("--folders") { Description = "Spread the articles over this many section folders, each with monthly subfolders (0: all in one folder), like a newsroom archive.", DefaultValueFactory = _ => 0 };
        var command = new Command("generate", "Write synthetic articles (seed-article vocabulary with news-like word frequencies) for load and scale tests.") { articles, output, seed, folders };
        command.SetAction(result =>
        {
            var folder = result.GetValue(output)!.FullName;
            int count = result.GetValue(articles);
            int sections = Math.Max(0, result.GetValue(folders));
            var generator = new ArticleGenerator(Path.Combine(AppContext.BaseDirectory, "seeds"), result.GetValue(seed));
            context.Console.Progress().Start(progress =>
            {
                var task = progress.AddTask("Writing articles", maxValue: count);
                for (int i = 1; i <= count; i++)
                {
                    var target = Path.Combine(folder, Nested(i, sections));
                    Directory.CreateDirectory(target);
                    IngestBench.WriteArticle(generator, target, i);
                    task.Increment(1);
                }
            });
            context.Console.MarkupLineInterpolated($"Wrote {count:N0} articles to {folder}");
            return 0;
        });
        return command;
    }

    // section-03/2024-07/: sections take turns, and every 25 articles of a section start a new month.
    private static string Nested(int number, int sections) =>
        sections == 0 ? string.Empty : Path.Combine($"section-{number % sections:00}", $"2024-{(number / sections / 25 % 12) + 1:00}");
}
