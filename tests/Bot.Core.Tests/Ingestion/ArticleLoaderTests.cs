using System.Text;
using Bot.Core.Ingestion;

namespace Bot.Core.Tests.Ingestion;

public sealed class ArticleLoaderTests : IDisposable
{
    private const string Story = SampleStories.SchoolsBody;

    private readonly TempFolder _folder = new();

    [Fact]
    public void Load_MixedFolder_IngestsGoodFilesAndReportsEveryProblem()
    {
        _folder.Write("a/story.txt", "Schools reopen in Balochistan\n\n" + Story);
        _folder.Write("b/copy.txt", "Balochistan schools open again\n\n" + Story + "\n\nAdditional reporting by AFP.");
        _folder.WriteBytes("c/latin1.txt", Encoding.Latin1.GetBytes("The caf\u00E9 owners of Quetta said on Monday that business had doubled since the schools reopened."));
        _folder.Write("d/empty.txt", "   \n");
        _folder.WriteBytes("d/binary.txt", [0x00, 0x01, 0x02, 0x03]);
        _folder.Write("d/chrome.txt", "Related Articles\n\nBack to top button");
        var missing = Path.Combine(_folder.Path, "missing.txt");

        var result = Loader().Load([_folder.Path, missing]);

        Assert.Equal(["a/story.txt", "c/latin1.txt"], result.Articles.Select(a => a.Id));
        var lines = result.Report.SummaryLines();
        Assert.Equal("Ingested 2 articles; merged 1 duplicate; repaired 1; skipped 4:", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("  merged b/copy.txt into a/story.txt (similarity 0.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("latin1.txt: not valid UTF-8, read as Latin-1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("empty.txt: empty file", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("binary.txt: binary file, not text", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("chrome.txt: no article text after cleaning", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("missing.txt: not found", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_RepairedFile_KeepsItsTextReadable()
    {
        var file = _folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("The caf\u00E9 owners said business had doubled since the schools reopened."));

        var article = Assert.Single(Loader().Load([file]).Articles);

        Assert.Contains("café", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OversizedFile_IsSkippedWithTheFix()
    {
        var file = _folder.Write("long.txt", Story + Story + Story);

        var result = new ArticleLoader(new IngestionOptions { MaxFileBytes = 200 }).Load([file]);

        Assert.Empty(result.Articles);
        var skipped = Assert.Single(result.Report.Skipped);
        Assert.Equal(file, skipped.File);
        Assert.Contains("raise Bot:Ingestion:MaxFileBytes", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Folder_ReportsProgressForEveryFileInSortedOrder()
    {
        _folder.Write("z.txt", Story);
        _folder.Write("a.md", "# Snow closes schools\n\n" + Story.Replace("Monday", "Sunday", StringComparison.Ordinal) + " More snow is forecast.");
        _folder.Write("m/n.html", "<html><body><p>" + string.Join(' ', Enumerable.Repeat("Quetta weather update today.", 3)) + "</p></body></html>");
        var progress = new RecordingProgress();

        Loader().Load([_folder.Path], progress);

        Assert.Equal([1, 2, 3], progress.Reports.Select(p => p.Done));
        Assert.All(progress.Reports, p => Assert.Equal(3, p.Total));
        Assert.Equal(["a.md", "n.html", "z.txt"], progress.Reports.Select(p => Path.GetFileName(p.CurrentFile)));
    }

    [Fact]
    public void Load_Cancelled_Throws()
    {
        _folder.Write("a.txt", Story);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => Loader().Load([_folder.Path], cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Load_SameFileNameInTwoFolders_KeepsBothWithPathIds()
    {
        _folder.Write("a/001.txt", Story);
        _folder.Write("b/001.txt", SampleStories.Port);

        var result = Loader().Load([_folder.Path]);

        Assert.Equal(["a/001.txt", "b/001.txt"], result.Articles.Select(a => a.Id));
        Assert.True(result.Report.IsClean, string.Join('\n', result.Report.SummaryLines()));
    }

    [Fact]
    public void Load_FileGivenDirectly_KeepsItsFileNameAsId()
    {
        var file = _folder.Write("tech/042.txt", Story);

        var article = Assert.Single(Loader().Load([file]).Articles);

        Assert.Equal("042.txt", article.Id);
    }

    [Fact]
    public void Load_TwoRootsHoldingTheSameRelativePath_SkipsTheSecondWithTheReason()
    {
        _folder.Write("one/x/001.txt", Story);
        _folder.Write("two/x/001.txt", SampleStories.Port);

        var result = Loader().Load([Path.Combine(_folder.Path, "one"), Path.Combine(_folder.Path, "two")]);

        Assert.Equal("x/001.txt", Assert.Single(result.Articles).Id);
        Assert.Contains("same article id x/001.txt", Assert.Single(result.Report.Skipped).Reason, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static ArticleLoader Loader() => new(new IngestionOptions());

    private sealed class RecordingProgress : IProgress<IngestionProgress>
    {
        public List<IngestionProgress> Reports { get; } = [];

        public void Report(IngestionProgress value) => Reports.Add(value);
    }
}
