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
    [InlineData("when was it published and by whom?", ArticleFields.Outlet | ArticleFields.Published)]
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
    [InlineData("When was the Iran article published?", ArticleFields.Published, "Iran")]
    [InlineData("Who published the story about Kayani?", ArticleFields.Outlet, "Kayani")]
    [InlineData("Which outlet ran the story on the Torkham closure?", ArticleFields.Outlet, "Torkham closure")]
    [InlineData("What is the headline of the Bilawal article?", ArticleFields.Headline, "Bilawal")]
    [InlineData("which newspaper was that Gwadar report in", ArticleFields.Outlet, "Gwadar")]
    [InlineData("when was the article about the cricket world cup published", ArticleFields.Published, "cricket world cup")]
    public void Route_QuestionAboutAnArticleNamedByItsSubject_IsShowSourceWithItsFieldsAndTopic(string utterance, ArticleFields fields, string topic)
    {
        var routed = router.Route(utterance);

        Assert.Equal(new IntentPrediction(Intent.ShowSource, 1.0, IsFallback: false, SourceNumber: null, fields, topic), routed);
    }

    [Theory]
    [InlineData("which newspaper claimed the vote was rigged")]
    [InlineData("what outlet reported the drone strike")]
    [InlineData("when did it happen?")]
    [InlineData("What date was that?")]
    [InlineData("who led it?")]
    [InlineData("show source 2")]
    [InlineData("who called the meeting?")]
    [InlineData("which article reports the strike on the Iran border?")]
    [InlineData("what did the Iran article say about the border?")]
    [InlineData("summarize the story about Gwadar")]
    public void Route_OtherMessage_AsksForNoArticleField(string utterance)
    {
        Assert.Equal(ArticleFields.None, router.Route(utterance).Fields);
    }
}
