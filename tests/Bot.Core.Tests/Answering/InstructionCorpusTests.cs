using Bot.Core.Answering;
using Bot.Core.Text;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Answering;

/// <summary>Every sentence of real article text run through the instruction classifier: none may be flagged.</summary>
public sealed class InstructionCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void IsInstruction_EverySeedArticleSentence_FlagsNone()
    {
        var sentences = Directory.GetFiles(Fakes.EngineFactory.SeedsPath).SelectMany(f => Sentences(File.ReadAllText(f))).ToList();

        var flagged = sentences.Where(InstructionShapes.IsInstruction).ToList();

        output.WriteLine($"seeds: {flagged.Count} of {sentences.Count} sentences flagged");
        Assert.Empty(flagged);
    }

    // squad-b is kept out of the repository (its licence and size), so this runs only where the shared data is.
    [Fact]
    public void IsInstruction_EverySquadCorpusSentence_FlagsNone()
    {
        var corpus = SquadCorpus();
        if (corpus is null)
        {
            output.WriteLine("squad-b corpus not found beside the repository; nothing checked");
            return;
        }

        var sentences = Directory.GetFiles(corpus, "*.txt")
            .SelectMany(f => Sentences(string.Join('\n', File.ReadLines(f).Skip(1)))).ToList();

        var flagged = sentences.Where(InstructionShapes.IsInstruction).ToList();

        output.WriteLine($"squad-b: {flagged.Count} of {sentences.Count} sentences flagged");
        flagged.ForEach(output.WriteLine);
        Assert.Empty(flagged);
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceSplitter.Split(text).Select(span => text.Substring(span.Start, span.Length));

    private static string? SquadCorpus()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                var corpus = Path.Combine(folder.FullName, "..", "shared", "data", "squad-b", "corpus");
                return Directory.Exists(corpus) ? Path.GetFullPath(corpus) : null;
            }
        }

        return null;
    }
}
