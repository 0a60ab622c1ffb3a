using Bot.Core.Conversation;
using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Conversation;

public sealed class GreetingDescribeTests
{
    private static readonly DateOnly March1 = new(2021, 3, 1);
    private static readonly DateOnly March13 = new(2021, 3, 13);

    [Fact]
    public void Describe_EveryArticleNamesItsOutletAndDate_SaysItOfThemAll() =>
        Assert.Equal("13 news articles (outlets named: Dawn, Reuters), dated 1 Mar 2021 to 13 Mar 2021",
            Greeting.Describe(new CorpusOverview(13, 40, ["Dawn", "Reuters"], March1, March13) { WithOutlet = 13, Dated = 13 }));

    [Fact]
    public void Describe_OnlySomeNameAnOutletOrDate_SaysHowMany() =>
        // One Dawn article among wire copy with no masthead: "outlets named: Dawn" would tell a reader they all are.
        Assert.Equal("11 news articles (1 from Dawn), 1 dated 1 Mar 2021",
            Greeting.Describe(new CorpusOverview(11, 79, ["Dawn"], March1, March1) { WithOutlet = 1, Dated = 1 }));

    [Fact]
    public void Describe_AStoreThatDoesNotCount_SaysItOfThemAllAsBefore() =>
        Assert.Equal("2 news articles (outlets named: Dawn), dated 1 Mar 2021",
            Greeting.Describe(new CorpusOverview(2, 4, ["Dawn"], March1, March1)));

    [Fact]
    public void Describe_NoOutletOrDate_CountsTheArticlesOnly() =>
        Assert.Equal("6 news articles", Greeting.Describe(new CorpusOverview(6, 15, [], null, null) { WithOutlet = 0, Dated = 0 }));
}
