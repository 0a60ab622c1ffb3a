using Bot.Core.Conversation.Intents;

namespace Bot.Core.Tests.Conversation;

public sealed class ArticleFieldRouteTests(IntentRouterFixture fixture) : IClassFixture<IntentRouterFixture>
{
    private readonly IntentRouter router = fixture.Router;

    [Theory]
    [InlineData("When was it published?", ArticleFields.Published)]
    [InlineData("What date was that article?", ArticleFields.Published)]
    [InlineData("when did that story come out", ArticleFields.Published)]
    [InlineData("Which outlet?", ArticleFields.Outlet)]
    [InlineData("Who published that?", ArticleFields.Outlet)]
    [InlineData("Which newspaper was that in?", ArticleFields.Outlet)]
    [InlineData("What's the headline?", ArticleFields.Headline)]
    [InlineData("what is the article called?", ArticleFields.Headline)]
    [InlineData("when and where was it published?", ArticleFields.Outlet | ArticleFields.Published)]
    public void Route_QuestionAboutTheCitedArticle_IsShowSourceWithItsFields(string utterance, ArticleFields fields)
    {
        var routed = router.Route(utterance);

        Assert.Equal(new IntentPrediction(Intent.ShowSource, 1.0, IsFallback: false, SourceNumber: null, fields), routed);
    }

    [Fact]
    public void Route_FieldOfANumberedSource_KeepsTheNumber()
    {
        var routed = router.Route("who published source 2?");

        Assert.Equal((Intent.ShowSource, 2, ArticleFields.Outlet), (routed.Intent, routed.SourceNumber, routed.Fields));
    }

    [Theory]
    [InlineData("which newspaper claimed the vote was rigged")]
    [InlineData("what outlet reported the drone strike")]
    [InlineData("when did it happen?")]
    [InlineData("What date was that?")]
    [InlineData("who led it?")]
    [InlineData("show source 2")]
    [InlineData("who called the meeting?")]
    public void Route_OtherMessage_AsksForNoArticleField(string utterance)
    {
        Assert.Equal(ArticleFields.None, router.Route(utterance).Fields);
    }
}
