using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;
using Bot.Core.Tests.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Indexing;

/// <summary>Ingesting into the saved index, as the ingest verb and the web inbox do: ids are paths, re-ingests are updates.</summary>
public sealed class IndexManagerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), $"newsbot-test-{Guid.NewGuid():N}.index");
    private readonly ServiceProvider _services;

    public IndexManagerTests() => _services = EngineFactory.Create(_indexPath);

    private IndexManager Manager => _services.GetRequiredService<IndexManager>();

    private NewsIndex Index => _services.GetRequiredService<NewsIndex>();

    [Fact]
    public async Task Ingest_TwoFoldersEachHolding001_IndexesTwoArticlesWithPathIds()
    {
        WriteStories("a/001.txt", "b/001.txt");

        var outcome = await Manager.IngestAsync([_folder.Path]);

        Assert.Equal(["a/001.txt", "b/001.txt"], outcome.Report.Ingested);
        Assert.Equal(2, outcome.TotalArticles);
        Assert.Equal(["a/001.txt", "b/001.txt"], Index.Chunks.Select(c => c.ArticleId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Open_SavedIndexWithPathIds_KeepsTheIds()
    {
        WriteStories("a/001.txt", "b/001.txt");
        await Manager.IngestAsync([_folder.Path]);

        using var reopened = EngineFactory.Create(_indexPath);
        var messages = await reopened.GetRequiredService<IndexManager>().OpenAsync();

        Assert.Empty(messages);
        Assert.Equal(["a/001.txt", "b/001.txt"], reopened.GetRequiredService<NewsIndex>().Articles.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Open_SavedIndex_SearchesWithTheSavedCodes()
    {
        WriteStories("a/001.txt", "b/001.txt");
        await Manager.IngestAsync([_folder.Path]);

        using var reopened = EngineFactory.Create(_indexPath);
        await reopened.GetRequiredService<IndexManager>().OpenAsync();

        var (chunks, codes) = Index.Vectors.Saved();
        var store = reopened.GetRequiredService<NewsIndex>().Vectors;
        Assert.True(codes.Signs.Bits.SequenceEqual(store.Saved().Codes.Signs.Bits));
        var query = chunks[0].Embedding.Span;
        Assert.Equal(Index.Vectors.Search(query, 3).Select(r => (r.Chunk.Id, r.Score)), store.Search(query, 3).Select(r => (r.Chunk.Id, r.Score)));
    }

    [Fact]
    public async Task Ingest_ChangedFileAgain_UpdatesItInPlace()
    {
        var file = WriteStories("a/001.txt", "b/001.txt");
        await Manager.IngestAsync([_folder.Path]);
        await File.WriteAllTextAsync(file, SampleStories.Port.Replace("14 vessels", "23 vessels", StringComparison.Ordinal));

        var outcome = await Manager.IngestAsync([_folder.Path]);

        var chunks = Index.Chunks.Where(c => c.ArticleId == "a/001.txt").ToList();
        Assert.NotEmpty(chunks);
        Assert.DoesNotContain(chunks, c => c.Text.Contains("14 vessels", StringComparison.Ordinal));
        Assert.Contains(chunks, c => c.Text.Contains("23 vessels", StringComparison.Ordinal));
        Assert.Equal(["a/001.txt"], outcome.Report.Updated);
        Assert.Equal(["b/001.txt"], outcome.Report.Unchanged);
        Assert.Empty(outcome.Report.Merged);
        Assert.Equal(2, outcome.TotalArticles);
        var lines = outcome.Report.SummaryLines();
        Assert.Equal("Ingested 2 articles (1 updated, 1 unchanged):", lines[0]);
        Assert.Contains("  updated a/001.txt: its old passages were replaced", lines);
    }

    [Fact]
    public async Task Ingest_UpdatedFileNowRepeatingAnotherArticle_IsMergedAndItsOldVersionRemoved()
    {
        var file = WriteStories("one/a/001.txt", "two/b/002.txt");
        await Manager.IngestAsync([Path.Combine(_folder.Path, "one"), Path.Combine(_folder.Path, "two")]);
        await File.WriteAllTextAsync(file, SampleStories.Schools);

        var outcome = await Manager.IngestAsync([Path.Combine(_folder.Path, "one")]);

        var merge = Assert.Single(outcome.Report.Merged);
        Assert.Equal(("a/001.txt", "b/002.txt"), (merge.DuplicateId, merge.KeptId));
        Assert.Empty(outcome.Report.Updated);
        Assert.Equal(["b/002.txt"], Index.Articles.Keys);
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
        File.Delete(_indexPath);
    }

    // Writes the port story and the schools story; returns the port story's file, the one the tests change.
    private string WriteStories(string portFile, string schoolsFile)
    {
        _folder.Write(schoolsFile, SampleStories.Schools);
        return _folder.Write(portFile, SampleStories.Port);
    }
}
