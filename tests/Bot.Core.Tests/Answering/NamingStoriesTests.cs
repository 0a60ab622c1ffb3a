using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Retrieval;

namespace Bot.Core.Tests.Answering;

public sealed class NamingStoriesTests
{
    [Theory]
    // Every name, in the headline or the body.
    [InlineData("Glasgow City Marathon", "Kiprono won the Glasgow City Marathon on Sunday.", true)]
    [InlineData("Kiprono breaks course record", "The Glasgow City Marathon was run on Sunday.", true)]
    // One name missing: another city's marathon.
    [InlineData("Dunhaven Marathon", "In the women's race, Hollie Marsden won in 2:24:08.", false)]
    public void WritesAll_EveryNameOfTheQuestion(string title, string body, bool expected) =>
        Assert.Equal(expected, NamingStories.WritesAll(Article(title, body), ["Glasgow", "Marathon", "Kiprono"]));

    [Fact]
    public void WritesAll_APossessiveAsItsName() =>
        Assert.True(NamingStories.WritesAll(Article("Results", "Shares in Penfold rose 5%."), ["Penfold's"]));

    [Fact]
    public void Merge_PutsTheNamingStorysBestPassageBesideThePoolsBest_AndKeepsTheSize()
    {
        // Reciprocal rank fusion: a passage in both orders leads, the two firsts tie (the pool's first wins), the tail goes.
        var pool = Enumerable.Range(1, 5).Select(i => Hit($"other{i}.txt")).ToList();
        var naming = new List<SearchHit> { Hit("glasgow.txt"), Hit("other5.txt") };

        var merged = NamingStories.Merge(pool, naming, size: 5, k: 60);

        Assert.Equal(["other5.txt", "other1.txt", "glasgow.txt", "other2.txt", "other3.txt"], merged.Select(h => h.Chunk.ArticleId));
    }

    private static NewsArticle Article(string title, string body) => new("a.txt", title, null, null, null, body, "a.txt");

    private static SearchHit Hit(string article) => new(InMemoryVectorStoreTests.Chunk(article, "text"), 1, 1, 1);
}
