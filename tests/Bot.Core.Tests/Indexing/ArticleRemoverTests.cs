using Bot.Core.Articles;
using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;
using Bot.Core.Tests.Fakes.AzureSearch;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Indexing;

/// <summary>
/// Taking articles down in both stores: every passage leaves, the list is kept, and the list wins over an index that
/// still holds a removed article (a save that failed, a host that wrote its older memory back).
/// </summary>
public sealed class ArticleRemoverTests : IDisposable
{
    private const string Seed = "001_22fc6f85eb85ac22.txt";
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), $"newsbot-remove-{Guid.NewGuid():N}.index");

    [Fact]
    public async Task Remove_AzureSearch_DeletesEveryPassageOnTheServiceAndAnEmptyServiceRefillsWithoutIt()
    {
        using var service = new LoopbackAzureSearch();
        using (var engine = AzureEngine(service))
        {
            await engine.GetRequiredService<IndexManager>().OpenAsync();
            int passages = PassagesOn(service, Seed);

            var outcome = await engine.GetRequiredService<ArticleRemover>().RemoveAsync([Seed], "retracted");

            Assert.Equal([new RemovedArticle(Seed, passages)], outcome.Removed);
            Assert.Equal(0, PassagesOn(service, Seed));
            Assert.Null(await engine.GetRequiredService<IPassageStore>().FindArticleAsync(Seed));
        }

        service.Indexes.Clear();
        using var refilled = AzureEngine(service);
        var messages = await refilled.GetRequiredService<IndexManager>().OpenAsync();

        Assert.Contains(messages, m => m.Contains("removed on", StringComparison.Ordinal));
        Assert.Equal(0, PassagesOn(service, Seed));
        Assert.True(service.Indexes["news-passages"].Count > 0);
    }

    [Fact]
    public async Task Open_IndexStillHoldingAListedArticle_LeavesItOutAndSaves()
    {
        using (var first = EngineFactory.Create(_indexPath))
        {
            await first.GetRequiredService<IndexManager>().OpenAsync();
            first.GetRequiredService<RemovedArticles>().Add([new ArticleRemoval(Seed, DateTimeOffset.UtcNow, null)]);
        }

        using var reopened = EngineFactory.Create(_indexPath);
        var messages = await reopened.GetRequiredService<IndexManager>().OpenAsync();

        Assert.Equal([$"Left out 1 removed article(s) the index still held: {Seed}."], messages);
        Assert.False(reopened.GetRequiredService<NewsIndex>().Articles.ContainsKey(Seed));
        using var third = EngineFactory.Create(_indexPath);
        Assert.Empty(await third.GetRequiredService<IndexManager>().OpenAsync());
    }

    [Fact]
    public async Task Ingest_ByARunningHostStartedBeforeTheRemoval_DoesNotWriteTheArticleBack()
    {
        using var host = EngineFactory.Create(_indexPath);
        await host.GetRequiredService<IndexManager>().OpenAsync();
        using (var cli = EngineFactory.Create(_indexPath))
        {
            await cli.GetRequiredService<IndexManager>().OpenAsync();
            await cli.GetRequiredService<ArticleRemover>().RemoveAsync([Seed], reason: null);
        }

        using var folder = new Ingestion.TempFolder();
        folder.Write("port.txt", Ingestion.SampleStories.Schools);
        await host.GetRequiredService<IndexManager>().IngestFilesAsync([new Bot.Core.Ingestion.SourceFile(Path.Combine(folder.Path, "port.txt"), "port.txt")]);

        using var restarted = EngineFactory.Create(_indexPath);
        Assert.Empty(await restarted.GetRequiredService<IndexManager>().OpenAsync());
        Assert.False(restarted.GetRequiredService<NewsIndex>().Articles.ContainsKey(Seed));
        Assert.True(restarted.GetRequiredService<NewsIndex>().Articles.ContainsKey("port.txt"));
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(_indexPath) + ".*"))
        {
            File.Delete(file);
        }
    }

    // The same local index path for every engine: the removal list lives beside it even when the store is a service.
    private ServiceProvider AzureEngine(LoopbackAzureSearch service) =>
        EngineFactory.Create(_indexPath, settings: AzureSearchSettings.For(), services: s => AzureSearchSettings.Reach(s, service));

    private static int PassagesOn(LoopbackAzureSearch service, string articleId) =>
        service.Indexes["news-passages"].Documents.Count(d => d["articleId"]?.GetValue<string>() == articleId);
}
