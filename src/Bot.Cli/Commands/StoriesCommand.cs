using System.CommandLine;
using Bot.Core.Evaluation;
using Spectre.Console;

namespace Bot.Cli.Commands;

/// <summary><c>stories --corpus DIR --questions FILE… --out DIR</c>: splits long articles into one story per paragraph, for training and measuring over an archive of related stories.</summary>
internal static class StoriesCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Folder of long articles (.txt, title on the first line, paragraphs separated by blank lines).", Required = true };
        var questions = new Option<FileInfo[]>("--questions") { Description = "Question files over the corpus; each is written to --out under its own name, its sources pointed at the stories that hold an answer.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write corpus/ARTICLE/NNN.txt and the question files to.", Required = true };
        var command = new Command("stories", "Split long articles into one story per paragraph (a folder per article) and re-point question files at them, to measure answering and abstaining over an archive of related stories (docs/quality.md).") { corpus, questions, output };
        command.SetAction(result =>
        {
            var from = result.GetValue(corpus)!;
            if (!from.Exists)
            {
                throw new IOException($"{from.FullName}: no such folder; --corpus takes a folder of .txt articles, for example ../shared/data/squad-b/corpus");
            }

            var root = result.GetValue(output)!.FullName;
            var stories = WriteStories(from, Path.Combine(root, "corpus"));
            if (stories.Count == 0)
            {
                throw new InvalidDataException($"{from.FullName}: no .txt article with a title on its first line and paragraphs after it, so there are no stories to write");
            }

            context.Console.MarkupLineInterpolated($"Wrote {stories.Count:N0} stories from {stories.Select(s => s.ArticleId).Distinct().Count():N0} articles to {Path.Combine(root, "corpus")}");
            foreach (var file in result.GetValue(questions) ?? [])
            {
                var (kept, dropped) = WriteQuestions(file, stories, Path.Combine(root, file.Name));
                context.Console.MarkupLineInterpolated($"{file.Name}: {kept:N0} questions ({dropped:N0} left out: no single story holds an answer)");
            }

            return 0;
        });
        return command;
    }

    private static List<StoryArchive.Story> WriteStories(DirectoryInfo from, string to)
    {
        var stories = from.EnumerateFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal)
            .SelectMany(f => StoryArchive.Split(f.Name, File.ReadAllText(f.FullName))).ToList();
        foreach (var story in stories)
        {
            var path = Path.Combine(to, story.Id);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, story.Text);
        }

        return stories;
    }

    private static (int Kept, int Dropped) WriteQuestions(FileInfo file, List<StoryArchive.Story> stories, string to)
    {
        var all = EvalQuestion.ReadFile(file.FullName);
        var kept = all.Select(q => StoryArchive.Repoint(q, stories)).OfType<EvalQuestion>().ToList();
        File.WriteAllLines(to, kept.Select(q => q.ToJsonLine()));
        return (kept.Count, all.Count - kept.Count);
    }
}
