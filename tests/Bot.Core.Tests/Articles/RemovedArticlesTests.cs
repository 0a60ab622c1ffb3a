using Bot.Core.Articles;
using Bot.Core.Tests.Ingestion;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Articles;

/// <summary>The removal list on disk: ids as people type them, restores, a change made by another process, a damaged file.</summary>
public sealed class RemovedArticlesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string IndexPath => Path.Combine(_folder.Path, "news.index");

    [Fact]
    public void Location_ByDefault_IsBesideTheIndexNamedAfterIt()
    {
        Assert.Equal(Path.Combine(_folder.Path, "news.removed.json"), List().Location);
    }

    [Fact]
    public void Add_ThenFindAsTyped_MatchesWithoutRegardToCaseOrSlashes()
    {
        List().Add([new ArticleRemoval("tech/042.txt", DateTimeOffset.UtcNow, "court order")]);

        var found = List().Find(@".\TECH\042.txt");

        Assert.Equal(("tech/042.txt", "court order"), (found?.Id, found?.Reason));
        Assert.False(File.Exists(List().Location + ".tmp"));
    }

    [Fact]
    public void Restore_ListedAndUnlistedIds_LiftsOnlyTheListedOne()
    {
        var list = List();
        list.Add([new ArticleRemoval("a.txt", DateTimeOffset.UtcNow, null), new ArticleRemoval("b.txt", DateTimeOffset.UtcNow, null)]);

        var lifted = list.Restore(["a.txt", "never.txt"]);

        Assert.Equal(["a.txt"], lifted.Select(r => r.Id));
        Assert.Equal(["b.txt"], List().All().Keys);
    }

    [Fact]
    public void Find_AfterAnotherInstanceChangedTheFile_SeesTheChange()
    {
        var running = List();
        Assert.Null(running.Find("a.txt"));

        List().Add([new ArticleRemoval("a.txt", DateTimeOffset.UtcNow, null)]);

        Assert.NotNull(running.Find("a.txt"));
    }

    [Fact]
    public void All_DamagedFile_ThrowsNamingTheFileInsteadOfReadingAsEmpty()
    {
        File.WriteAllText(List().Location, "[{\"id\": \"a.txt\", ");

        var error = Assert.Throws<InvalidDataException>(() => List().All());

        Assert.Contains(List().Location, error.Message, StringComparison.Ordinal);
        Assert.Contains("removed articles stay out", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private RemovedArticles List() => new(Options.Create(new PathsOptions { Index = IndexPath }));
}
