using Bot.Core.Conversation.Intents;
using Bot.Core.Tests.Ingestion;

namespace Bot.Core.Tests.Conversation;

public sealed class IntentDataReaderTests
{
    [Fact]
    public void Read_UnknownLabel_ReportsFileAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad-label.tsv", "label\ttext\nquestion\twho won?\n\nsumary\tsummarize the floods\n");

        var error = Assert.Throws<InvalidDataException>(() => IntentDataReader.Read(file));

        Assert.Contains("bad-label.tsv, line 4", error.Message, StringComparison.Ordinal);
        Assert.Contains("'sumary'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineWithoutTab_ReportsFileAndLine()
    {
        using var folder = new TempFolder();
        var file = folder.Write("no-tab.tsv", "label\ttext\nsmalltalk\thi\nquestion who won?\n");

        var error = Assert.Throws<InvalidDataException>(() => IntentDataReader.Read(file));

        Assert.Contains("no-tab.tsv, line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingHeader_ReportsLineOne()
    {
        using var folder = new TempFolder();
        var file = folder.Write("no-header.tsv", "question\twho won?\n");

        var error = Assert.Throws<InvalidDataException>(() => IntentDataReader.Read(file));

        Assert.Contains("no-header.tsv, line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommentsAndBlankLines_AreSkipped()
    {
        using var folder = new TempFolder();
        var file = folder.Write("ok.tsv", "label\ttext\n# greetings\nsmalltalk\t hi \n\nshow_source\tshow [2]\n");

        var examples = IntentDataReader.Read(file);

        Assert.Equal([new IntentExample(Intent.SmallTalk, "hi"), new IntentExample(Intent.ShowSource, "show [2]")], examples);
    }

    [Fact]
    public void Read_ShippedFiles_CoverEveryIntentWithoutOverlap()
    {
        var training = IntentDataReader.Read(Path.Combine(AppContext.BaseDirectory, "prompts", "intents.tsv"));
        var heldOut = IntentDataReader.Read(Path.Combine(AppContext.BaseDirectory, "prompts", "intents.heldout.tsv"));

        Assert.All(Enum.GetValues<Intent>(), i => Assert.True(training.Count(e => e.Intent == i) >= 60, $"{i} has under 60 training examples"));
        Assert.All(Enum.GetValues<Intent>(), i => Assert.True(heldOut.Count(e => e.Intent == i) >= 15, $"{i} has under 15 held-out examples"));
        var trainingTexts = training.Select(e => e.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(heldOut, e => trainingTexts.Contains(e.Text));
    }
}
