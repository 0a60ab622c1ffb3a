using System.Text.Json;

namespace Bot.Cli.Tests;

/// <summary>
/// <c>remove</c> taking an article down for good: it is never cited again, rebuilds (missing or damaged index, seeds and
/// the inbox's processed files) keep it out, an explicit <c>ingest</c> restores it, and a mistyped id gets a hint.
/// </summary>
public sealed class RemoveCommandTests : IDisposable
{
    private const string NatoSeed = "001_22fc6f85eb85ac22.txt";
    private const string NatoQuestion = "How many soldiers died in the NATO strike?";
    private const string Port = "KARACHI: The port authority opened a new container terminal on Tuesday, officials said.\n\nThe terminal can handle two million containers a year.";
    private const string PortQuestion = "How many containers can the new Karachi terminal handle a year?";
    private readonly CliRun _cli = new();

    private string RemovalList => Path.Combine(_cli.Folder, "news.removed.json");

    [Fact]
    public async Task Remove_SeedArticle_PrintsPassagesAndAskNeverCitesItAgain()
    {
        var (_, before) = await _cli.RunAsync("ask", NatoQuestion);
        Assert.Contains(NatoSeed, before, StringComparison.Ordinal);

        var (code, output) = await _cli.RunAsync("remove", NatoSeed, "--reason", "retracted: wrong casualty figure");
        var (_, after) = await _cli.RunAsync("ask", NatoQuestion);

        Assert.True(code == 0, output);
        Assert.Matches($@"removed {NatoSeed}: [1-9]\d* passages", output);
        Assert.Contains("next start", output, StringComparison.Ordinal);
        Assert.DoesNotContain(NatoSeed, after, StringComparison.Ordinal);
        var entry = JsonDocument.Parse(File.ReadAllText(RemovalList)).RootElement[0];
        Assert.Equal(NatoSeed, entry.GetProperty("id").GetString());
        Assert.Equal("retracted: wrong casualty figure", entry.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Remove_ThenIndexMissing_RebuildFromSeedsSkipsItAndSaysHowToRestore()
    {
        await _cli.RunAsync("remove", NatoSeed);
        File.Delete(_cli.IndexPath);

        var (code, output) = await _cli.RunAsync("ask", NatoQuestion);

        Assert.True(code == 0, output);
        Assert.Contains("Rebuilding the index", output, StringComparison.Ordinal);
        Assert.Matches($@"skipped \S*{NatoSeed}: removed on \d{{4}}-\d\d-\d\d \(bot remove\); ingest it explicitly to restore it", output);
        Assert.DoesNotContain($"— {NatoSeed}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_InboxArticleThenIndexDamaged_ListSurvivesAndRebuildKeepsItOut()
    {
        Write(Path.Combine(_cli.Folder, "inbox", "processed", "business", "001.txt"), Port);
        var (_, first) = await _cli.RunAsync("ask", PortQuestion);
        Assert.Contains("business/001.txt", first, StringComparison.Ordinal);

        var (code, removed) = await _cli.RunAsync("remove", "business/001.txt");
        File.WriteAllText(_cli.IndexPath, "not an index");
        var (_, output) = await _cli.RunAsync("ask", PortQuestion);

        Assert.True(code == 0, removed);
        Assert.True(File.Exists(RemovalList));
        Assert.Contains("Rebuilding the index", output, StringComparison.Ordinal);
        Assert.Contains("001.txt: removed on", output, StringComparison.Ordinal);
        Assert.DoesNotContain("— business/001.txt", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_RemovedArticleExplicitly_RestoresItAndSaysSo()
    {
        var archive = Path.Combine(_cli.Folder, "archive");
        Write(Path.Combine(archive, "business", "001.txt"), Port);
        await _cli.RunAsync("ingest", archive);
        await _cli.RunAsync("remove", "business/001.txt");
        var (_, gone) = await _cli.RunAsync("ask", PortQuestion);

        var (code, output) = await _cli.RunAsync("ingest", archive);
        var (_, back) = await _cli.RunAsync("ask", PortQuestion);

        Assert.DoesNotContain("business/001.txt", gone, StringComparison.Ordinal);
        Assert.True(code == 0, output);
        Assert.Contains("restored business/001.txt: it was removed on", output, StringComparison.Ordinal);
        Assert.Contains("business/001.txt", back, StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(File.ReadAllText(RemovalList)).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Remove_UnknownId_ExitsOneNamingTheClosestIds()
    {
        var (code, output) = await _cli.RunAsync("remove", "001_22fc6f85eb85ac2.txt");
        var (prefixCode, prefix) = await _cli.RunAsync("remove", "001");

        Assert.Equal(1, code);
        Assert.Contains($"001_22fc6f85eb85ac2.txt is not indexed; did you mean {NatoSeed}?", output, StringComparison.Ordinal);
        Assert.Equal(1, prefixCode);
        Assert.Contains($"did you mean {NatoSeed}?", prefix, StringComparison.Ordinal);
        Assert.False(File.Exists(RemovalList));
    }

    [Fact]
    public async Task Remove_OneKnownOneUnknownThenAgain_RemovesTheKnownAndIsIdempotent()
    {
        var (code, output) = await _cli.RunAsync("remove", NatoSeed.ToUpperInvariant(), "nothing-like-it.md");
        var (again, repeated) = await _cli.RunAsync("remove", NatoSeed);

        Assert.True(code == 0, output);
        Assert.Contains($"removed {NatoSeed}:", output, StringComparison.Ordinal);
        Assert.Contains("nothing-like-it.md is not indexed; ids are paths relative to the ingested folder", output, StringComparison.Ordinal);
        Assert.True(again == 0, repeated);
        Assert.Contains($"{NatoSeed} was already removed on", repeated, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
