using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;
using Bot.Core.Tests.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Indexing;

/// <summary>A damaged index at start-up: kept aside, rebuilt from the seeds and the inbox's processed files, never a crash.</summary>
public sealed class IndexRecoveryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string IndexPath => Path.Combine(_folder.Path, "data", "news.index");

    [Fact]
    public async Task Open_CorruptIndex_KeepsItAsideAndRebuildsFromSeedsAndTheInboxProcessedFiles()
    {
        _folder.Write("seeds/port.txt", SampleStories.Port);
        _folder.Write("inbox/processed/schools/001.txt", SampleStories.Schools);
        var garbage = _folder.Write("data/news.index", "not an index, but long enough to have a hash-sized tail of bytes");

        using var services = Engine();
        var messages = await services.GetRequiredService<IndexManager>().OpenAsync();

        Assert.Contains("corrupt", messages[0], StringComparison.Ordinal);
        Assert.Equal(["port.txt", "schools/001.txt"], Index(services).Articles.Keys.Order(StringComparer.Ordinal));
        var aside = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(garbage)!, "news.index.corrupt-*"));
        Assert.StartsWith("not an index", await File.ReadAllTextAsync(aside), StringComparison.Ordinal);
        Assert.Equal(2, IndexFile.Load(IndexPath, Describe(services).Name, Describe(services).Dimensions).Contents!.Articles.Count);
    }

    [Fact]
    public async Task Open_CorruptIndex_AProcessedFileWithASeedsIdIsTheLaterVersion()
    {
        _folder.Write("seeds/port.txt", SampleStories.Port);
        _folder.Write("inbox/processed/port.txt", SampleStories.Port.Replace("14 vessels", "23 vessels", StringComparison.Ordinal));
        _folder.Write("data/news.index", "not an index, but long enough to have a hash-sized tail of bytes");

        using var services = Engine();
        await services.GetRequiredService<IndexManager>().OpenAsync();

        var article = Assert.Single(Index(services).Articles.Values);
        Assert.Contains("23 vessels", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_NoArticlesAtTheSeedsPath_SavesNoIndexSoTheNextStartReadsThemOnceTheyAreThere()
    {
        using (var first = Engine())
        {
            var messages = await first.GetRequiredService<IndexManager>().OpenAsync();

            Assert.Contains(messages, m => m.StartsWith("Nothing was indexed, so no index was saved", StringComparison.Ordinal));
            Assert.False(File.Exists(IndexPath));
        }

        _folder.Write("seeds/port.txt", SampleStories.Port);
        using var second = Engine();
        await second.GetRequiredService<IndexManager>().OpenAsync();

        Assert.Equal(["port.txt"], Index(second).Articles.Keys);
        Assert.True(File.Exists(IndexPath));
    }

    [Fact]
    public async Task Open_FolderAtTheIndexPath_SaysSoInOneLineRebuildsAndKeepsTheFolder()
    {
        _folder.Write("seeds/port.txt", SampleStories.Port);
        _folder.Write("data/news.index/keep-me.txt", "someone's file");

        using var services = Engine();
        var messages = await services.GetRequiredService<IndexManager>().OpenAsync();

        Assert.Contains("is a folder, not a file", messages[0], StringComparison.Ordinal);
        Assert.DoesNotContain('\n', messages[0]);
        Assert.Single(Index(services).Articles);
        Assert.True(File.Exists(IndexPath));
        var aside = Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(IndexPath)!, "news.index.corrupt-*"));
        Assert.True(File.Exists(Path.Combine(aside, "keep-me.txt")));
        Assert.False(services.GetRequiredService<IndexHealth>().IsDegraded);
    }

    [Fact]
    public async Task Ingest_WhenTheIndexCannotBeSaved_IndexesInMemoryAndReportsDegradedHealth()
    {
        _folder.Write("seeds/port.txt", SampleStories.Port);
        using var services = Engine();
        var manager = services.GetRequiredService<IndexManager>();
        await manager.OpenAsync();
        Directory.CreateDirectory(IndexPath + ".tmp");
        var story = _folder.Write("new/schools.txt", SampleStories.Schools);

        var outcome = await manager.IngestAsync([story]);

        Assert.False(outcome.Saved);
        Assert.Equal(2, Index(services).Articles.Count);
        Assert.Contains(IndexPath, services.GetRequiredService<IndexHealth>().SaveProblem, StringComparison.Ordinal);
        Directory.Delete(IndexPath + ".tmp");
        Assert.True(await manager.TrySaveAsync());
        Assert.False(services.GetRequiredService<IndexHealth>().IsDegraded);
    }

    public void Dispose() => _folder.Dispose();

    private static NewsIndex Index(ServiceProvider services) => services.GetRequiredService<NewsIndex>();

    private static (string Name, int Dimensions) Describe(ServiceProvider services) =>
        Bot.Core.Embeddings.EmbeddingGeneratorFactory.Describe(services.GetRequiredService<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>());

    private ServiceProvider Engine() => EngineFactory.Create(IndexPath, new Dictionary<string, string?>
    {
        ["Bot:Paths:Seeds"] = Path.Combine(_folder.Path, "seeds"),
        ["Bot:Inbox:Folder"] = Path.Combine(_folder.Path, "inbox"),
    });
}
