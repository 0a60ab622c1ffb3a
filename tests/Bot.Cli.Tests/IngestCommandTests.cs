namespace Bot.Cli.Tests;

/// <summary><c>ingest</c> over nested folders: where the index is, the closing figures, the fix for each problem, a failed save.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private const string Port = "KARACHI: The port authority opened a new container terminal on Tuesday, officials said.\n\nThe terminal can handle two million containers a year.";
    private const string Park = "LAHORE: A software park opened on Wednesday with room for 40 start-up firms, the provincial IT board said.\n\nRent is free for the first year.";
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Ingest_NestedFolders_SaysWhereTheIndexIsAndPrintsArticlesPassagesSentencesPerSecondAndSeconds()
    {
        var archive = Write(("business/2024-01/001.txt", Port), ("tech/2024-02/deep/001.txt", Park));

        var (code, output) = await _cli.RunAsync("ingest", archive);

        Assert.True(code == 0, output);
        Assert.Contains($"Index: {_cli.IndexPath}", output, StringComparison.Ordinal);
        Assert.Matches(@"Indexed 2 articles as \d+ passages \(\d+ sentences\) in \d+\.\d s: [\d.]+ articles/s, \d+ sentences/s embedded", output);
    }

    [Fact]
    public async Task Ingest_BadFiles_NamesEachFileAndTheFix()
    {
        var archive = Write(("a/empty.txt", string.Empty), ("b/port.txt", Port));
        File.WriteAllBytes(Path.Combine(archive, "a", "photo.txt"), [0, 1, 2, 0, 255, 0, 7, 0]);

        var (code, output) = await _cli.RunAsync("ingest", archive);

        Assert.True(code == 0, output);
        Assert.Contains("empty.txt", output, StringComparison.Ordinal);
        Assert.Contains("photo.txt", output, StringComparison.Ordinal);
        Assert.Contains("Empty files: write the article text into them", output, StringComparison.Ordinal);
        Assert.Contains("Binary files: save the article as .txt, .md or .html", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WhenTheIndexCannotBeSaved_ExitsOneNamingTheIndexAndTheFix()
    {
        var archive = Write(("business/001.txt", Port));
        Directory.CreateDirectory(_cli.IndexPath + ".tmp");

        var (code, output) = await _cli.RunAsync("ingest", archive);

        Assert.Equal(1, code);
        Assert.Contains("The index could not be saved", output, StringComparison.Ordinal);
        Assert.Contains("Bot:Paths:Index", output, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private string Write(params (string Name, string Text)[] files)
    {
        var archive = Path.Combine(_cli.Folder, "archive");
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(archive, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return archive;
    }
}
