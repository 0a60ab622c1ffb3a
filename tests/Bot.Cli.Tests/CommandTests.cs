using System.Text.Json;

namespace Bot.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Theory]
    [InlineData("", "512", "Bot:AzureSearch:Endpoint is empty")]
    [InlineData("https://newsroom.search.windows.net", "1536", "Bot:AzureSearch:Dimensions is 1536 but the embedder writes 512")]
    public async Task AzureUpload_Misconfigured_FailsNamingTheSetting(string endpoint, string dimensions, string expected)
    {
        var (code, output) = await _cli.RunAsync(string.Empty, new Dictionary<string, string?>
        {
            ["Bot:AzureSearch:Endpoint"] = endpoint,
            ["Bot:AzureSearch:Dimensions"] = dimensions,
        }, "azure-upload");

        Assert.Equal(1, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithJson_PrintsTheDocumentedShapeWithVerbatimQuotes()
    {
        var (code, output) = await _cli.RunAsync("ask", "How many soldiers died in the NATO strike?", "--json");

        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["answer", "abstained", "citations", "elapsedMs"], root.EnumerateObject().Select(p => p.Name));
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["number", "articleId", "title", "outlet", "published", "quote", "start", "end"], citation.EnumerateObject().Select(p => p.Name));
        var body = File.ReadAllText(CliRun.RepoFile("seeds", citation.GetProperty("articleId").GetString()!));
        Assert.Contains("killed 24 Pakistani soldiers", citation.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Contains(citation.GetProperty("quote").GetString()!, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithoutJson_ListsNumberedSources()
    {
        var (code, output) = await _cli.RunAsync("ask", "Where does it say the air strike was unintentional?");

        Assert.True(code == 0, output);
        Assert.Contains("[1]", output, StringComparison.Ordinal);
        Assert.Contains("Sources", output, StringComparison.Ordinal);
        Assert.Contains("The American military said the air strike was unintentional", output, StringComparison.Ordinal);
        Assert.Contains("001_22fc6f85eb85ac22.txt", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_SummaryRequest_SummarisesEveryMatchingArticle()
    {
        var (code, output) = await _cli.RunAsync("ask", "summarize the Torkham border talks");

        Assert.True(code == 0, output);
        Assert.Contains("Summary of", output, StringComparison.Ordinal);
        Assert.Contains("002_fc7e1f14d72009a2.txt", output, StringComparison.Ordinal);
        Assert.Contains("004_9d889a496ed59ed2.txt", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WithCorruptSavedIndex_RebuildsAndSaysWhy()
    {
        File.WriteAllBytes(_cli.IndexPath, [1, 2, 3, 4, 5]);

        var (code, output) = await _cli.RunAsync("ask", "Who led the Afghan delegation?");

        Assert.True(code == 0, output);
        Assert.Contains("truncated or corrupt", output, StringComparison.Ordinal);
        Assert.Contains("[1]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WithBadFiles_SkipsThemByNameAndIndexesTheRest()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_cli.Folder, "new")).FullName;
        File.WriteAllText(Path.Combine(folder, "empty.txt"), string.Empty);
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0, 1, 2, 0, 255, 0, 7, 0]);
        File.WriteAllText(Path.Combine(folder, "port.txt"), "KARACHI: The port authority opened a new container terminal on Tuesday, officials said.\n\nThe terminal can handle two million containers a year.");

        var (code, output) = await _cli.RunAsync("ingest", folder);
        var (_, answer) = await _cli.RunAsync("ask", "How many containers can the new terminal handle?");

        Assert.True(code == 0, output);
        Assert.Contains("empty.txt", output, StringComparison.Ordinal);
        Assert.Contains("binary.txt", output, StringComparison.Ordinal);
        Assert.Contains("the index now holds 6 articles", output, StringComparison.Ordinal);
        Assert.Contains("two million containers", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_TopicFoldersThenAChangedFile_KeepsSameNamedFilesAndReportsTheUpdate()
    {
        var archive = Path.Combine(_cli.Folder, "archive");
        var port = Path.Combine(archive, "business", "001.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(port)!);
        Directory.CreateDirectory(Path.Combine(archive, "tech"));
        File.WriteAllText(port, "KARACHI: The port authority opened a new container terminal on Tuesday, officials said.\n\nThe terminal can handle two million containers a year.");
        File.WriteAllText(Path.Combine(archive, "tech", "001.txt"), "LAHORE: A software park opened on Wednesday with room for 40 start-up firms, the provincial IT board said.\n\nRent is free for the first year.");
        var (firstCode, first) = await _cli.RunAsync("ingest", archive);
        File.WriteAllText(port, "KARACHI: The port authority opened a new container terminal on Tuesday, officials said.\n\nThe terminal can handle three million containers a year.");

        var (code, output) = await _cli.RunAsync("ingest", archive);

        Assert.True(firstCode == 0 && code == 0, first + output);
        Assert.Contains("the index now holds 7 articles", first, StringComparison.Ordinal);
        Assert.Contains("updated business/001.txt", output, StringComparison.Ordinal);
        Assert.Contains("the index now holds 7 articles", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_WithJson_PrintsExactlyTheDocumentedKeys()
    {
        var (code, output) = await _cli.RunAsync("eval", "--corpus", CliRun.RepoFile("seeds"), "--questions", CliRun.RepoFile("TestData", "questions.jsonl"), "--k", "5", "--json");

        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            ["questions", "k", "hit_at_1", "hit_at_k", "mrr", "doc_at_k", "answer_hit", "cited_hit", "abstain_right", "abstain_wrong", "p50_ms", "p95_ms", "baseline", "first_sentence_hit", "per_kind"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["hit_at_1", "hit_at_k", "mrr", "doc_at_k"], json.RootElement.GetProperty("baseline").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Chat_WithFollowUpAndShowSource_AnswersEachTurnAndLeavesOnEmptyLine()
    {
        var (code, output) = await _cli.RunWithInputAsync("Which Afghan delegation held talks in Rawalpindi?\nhow many members did it have?\nshow source 1\n\n", "chat");

        Assert.True(code == 0, output);
        Assert.Contains("Afzal Aman", output, StringComparison.Ordinal);
        Assert.Contains("six-member", output, StringComparison.Ordinal);
        Assert.Contains("Source [1]", output, StringComparison.Ordinal);
        Assert.Contains("Hello!", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithInvalidSetting_FailsWithTheSettingName()
    {
        Environment.SetEnvironmentVariable("Bot__Retrieval__Fusion", "Bogus");
        try
        {
            var (code, output) = await _cli.RunAsync("ask", "anything");

            Assert.Equal(1, code);
            Assert.Contains("Bot:Retrieval:Fusion", output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Bot__Retrieval__Fusion", null);
        }
    }

    public void Dispose() => _cli.Dispose();
}
