using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;
using Bot.Core.Tests.Fakes.AzureSearch;
using Bot.Core.Tests.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Retrieval.AzureSearch;

/// <summary>Ingest writes to the service: an update replaces the article's passages there, a removal deletes them.</summary>
public sealed class AzureSearchWritesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LoopbackAzureSearch _service = new();
    private readonly ServiceProvider _services;

    public AzureSearchWritesTests() =>
        _services = EngineFactory.Create(settings: AzureSearchSettings.For(), services: s => AzureSearchSettings.Reach(s, _service));

    private IndexManager Manager => _services.GetRequiredService<IndexManager>();

    private FakeSearchIndex Passages => _service.Indexes["news-passages"];

    [Fact]
    public async Task Ingest_ShorterVersionOfAnArticle_LeavesOnlyItsNewPassagesOnTheService()
    {
        var file = _folder.Write("port.txt", LongStory(sentences: 14, "fourteen"));
        _folder.Write("schools.txt", SampleStories.Schools);
        await Manager.IngestAsync([_folder.Path]);
        int before = PassagesOf("port.txt").Count;
        await File.WriteAllTextAsync(file, LongStory(sentences: 2, "two"));

        var outcome = await Manager.IngestAsync([_folder.Path]);

        var after = PassagesOf("port.txt");
        Assert.True(before > 1 && after.Count == 1, $"{before} passages before, {after.Count} after");
        Assert.All(after, p => Assert.DoesNotContain("fourteen", p["text"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(["port.txt"], outcome.Report.Updated);
        Assert.Equal((2, Passages.Count), (outcome.TotalArticles, outcome.TotalChunks));
        var answer = await _services.GetRequiredService<Bot.Core.Answering.AnswerService>().AskAsync("How many crews were counted at Gwadar?");
        Assert.Contains("two", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_AnArticle_DeletesItsPassagesAndItsArticleDocument()
    {
        _folder.Write("port.txt", LongStory(sentences: 14, "fourteen"));
        _folder.Write("schools.txt", SampleStories.Schools);
        await Manager.IngestAsync([_folder.Path]);

        await _services.GetRequiredService<IPassageWriter>().RemoveAsync(new HashSet<string> { "port.txt" }, CancellationToken.None);

        Assert.Empty(PassagesOf("port.txt"));
        Assert.NotEmpty(PassagesOf("schools.txt"));
        Assert.Null(await _services.GetRequiredService<IPassageStore>().FindArticleAsync("port.txt"));
        Assert.Equal(1, _service.Indexes["news-passages-articles"].Count);
    }

    [Fact]
    public async Task Open_EmptyService_FillsItFromTheSeedsAndSaysWhy()
    {
        var messages = await Manager.OpenAsync();

        Assert.Contains("holds no articles yet", messages[0], StringComparison.Ordinal);
        Assert.Equal(5, _service.Indexes["news-passages-articles"].Count);
        Assert.Empty(await EngineFactory.Create(settings: AzureSearchSettings.For(), services: s => AzureSearchSettings.Reach(s, _service))
            .GetRequiredService<IndexManager>().OpenAsync());
    }

    public void Dispose()
    {
        _services.Dispose();
        _service.Dispose();
        _folder.Dispose();
    }

    private List<System.Text.Json.Nodes.JsonObject> PassagesOf(string articleId) =>
        [.. Passages.Documents.Where(d => d["articleId"]!.GetValue<string>() == articleId)];

    // A report long enough for several passages; the count word marks which version a passage came from.
    private static string LongStory(int sentences, string count) =>
        "Port traffic at Gwadar\n\n" + string.Join(' ', Enumerable.Range(1, sentences).Select(i =>
            $"Harbour officials in Gwadar counted {count} crews at berth {i} on Monday, and the customs office said the inspections of berth {i} would continue through the week."));
}
