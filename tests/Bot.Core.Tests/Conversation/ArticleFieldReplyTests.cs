using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>"Which outlet?", "When was it published?" after an answer, over the seeds (only 003 names its outlet and date).</summary>
[Collection(SeedEngineCollection.Name)]
public sealed class ArticleFieldReplyTests(SeedEngineFixture engine)
{
    private const string DawnArticle = "003_b40e633152d6b01e.txt";
    private const string UndatedArticle = "001_22fc6f85eb85ac22.txt";
    private readonly ConversationService _bot = engine.Get<ConversationService>();

    [Theory]
    [InlineData("Which outlet?", "published by Dawn")]
    [InlineData("Which newspaper was that in?", "published by Dawn")]
    [InlineData("When was it published?", "26 Jul 2016")]
    [InlineData("What date was that article?", "26 Jul 2016")]
    [InlineData("Who published that?", "Dawn")]
    public async Task Reply_FieldAfterAnAnswer_GivesThePreviousArticlesFactWithAVerbatimCitation(string question, string expected)
    {
        var id = NewId();
        await AskAsync(id, "Who heads Iran's National Security Council?", DawnArticle);

        var reply = await _bot.ReplyAsync(id, question);

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(expected, reply.Answer.Text, StringComparison.Ordinal);
        AssertCitesVerbatim(reply.Answer, DawnArticle);
    }

    [Fact]
    public async Task Reply_HeadlineOfAnArticleWithOne_QuotesItsHeadline()
    {
        var id = NewId();
        await AskAsync(id, "How many soldiers died in the NATO air strike?", UndatedArticle);

        var reply = await _bot.ReplyAsync(id, "What's the headline?");

        Assert.Contains("The headline is “Pak’s Kayani discusses security with US commanders”", reply.Answer.Text, StringComparison.Ordinal);
        AssertCitesVerbatim(reply.Answer, UndatedArticle);
    }

    [Fact]
    public async Task Reply_FieldTheArticleLacks_SaysItDoesNotSay()
    {
        var id = NewId();
        await AskAsync(id, "How many soldiers died in the NATO air strike?", UndatedArticle);

        var reply = await _bot.ReplyAsync(id, "when and where was it published?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("does not say which outlet published it or when it was published", reply.Answer.Text, StringComparison.Ordinal);
        AssertCitesVerbatim(reply.Answer, UndatedArticle);
    }

    [Fact]
    public async Task Reply_FieldOfAnArticleNamedByItsSubject_AnswersFromThatArticlesFacts()
    {
        // No earlier answer: the article is the best match for "Iran" that names Iran.
        var reply = await _bot.ReplyAsync(NewId(), "When was the Iran article published?");

        Assert.Equal(Intent.ShowSource, reply.Intent);
        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("26 Jul 2016", reply.Answer.Text, StringComparison.Ordinal);
        AssertCitesVerbatim(reply.Answer, "003_b40e633152d6b01e.txt");
    }

    [Fact]
    public async Task Reply_FieldOfAnArticleOnASubjectNoArticleCovers_SaysSo()
    {
        var reply = await _bot.ReplyAsync(NewId(), "When was the article about the cricket world cup published?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Empty(reply.Answer.Citations);
        Assert.Contains("No article is about “cricket world cup”", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_FieldWithNoEarlierAnswer_SaysThereIsNoArticleYet()
    {
        var reply = await _bot.ReplyAsync(NewId(), "When was it published?");

        Assert.Equal(Intent.ShowSource, reply.Intent);
        Assert.True(reply.Answer.Abstained);
        Assert.Empty(reply.Answer.Citations);
        Assert.Contains("no answer in this conversation has cited one yet", reply.Answer.Text, StringComparison.Ordinal);
    }

    private async Task AskAsync(string id, string question, string articleId)
    {
        var answer = (await _bot.ReplyAsync(id, question)).Answer;
        Assert.Equal(articleId, answer.Citations[0].ArticleId);
    }

    private void AssertCitesVerbatim(Answer answer, string articleId)
    {
        var citation = Assert.Single(answer.Citations);
        var body = engine.Get<NewsIndex>().Articles[articleId].Body;
        Assert.Equal(articleId, citation.ArticleId);
        Assert.Equal(citation.Quote, body[citation.Start..citation.End]);
        Assert.Contains($"[{citation.Number}]", answer.Text, StringComparison.Ordinal);
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
