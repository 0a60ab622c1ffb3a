using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>"Tell me more" after an answer quotes what its article goes on to say, cited, without repeating itself.</summary>
[Collection(SeedEngineCollection.Name)]
public sealed class ContinueReplyTests(SeedEngineFixture engine)
{
    private readonly ConversationService _bot = engine.Get<ConversationService>();

    [Theory]
    [InlineData("tell me more", true)]
    [InlineData("Tell me more, please.", true)]
    [InlineData("go on", true)]
    [InlineData("what else?", true)]
    [InlineData("more please", true)]
    [InlineData("can you elaborate on that?", true)]
    [InlineData("any more details?", true)]
    [InlineData("tell me more about the Torkham closure", false)]
    [InlineData("what else did Iran ask for?", false)]
    [InlineData("what else did he say?", true)]
    [InlineData("And what else does the article report?", true)]
    [InlineData("what else did Shamkhani say?", false)]
    [InlineData("more attacks in Karachi?", false)]
    public void Asks_OnlyForABareRequestToGoOn(string utterance, bool expected) => Assert.Equal(expected, ContinueReply.Asks(utterance));

    [Fact]
    public async Task TellMeMore_QuotesTheSentencesAfterTheAnswerInItsArticle_EachCitedOnce()
    {
        var id = Guid.NewGuid().ToString("N");
        var first = await _bot.ReplyAsync(id, "Who led the Afghan delegation?");
        var lead = first.Answer.Citations[0];

        var more = await _bot.ReplyAsync(id, "tell me more");
        var again = await _bot.ReplyAsync(id, "go on");

        var articles = engine.Get<NewsIndex>().Articles;
        Assert.NotEmpty(more.Answer.Citations);
        Assert.All(more.Answer.Citations.Concat(again.Answer.Citations), c =>
        {
            Assert.Equal(lead.ArticleId, c.ArticleId);
            Assert.True(c.Start >= lead.End, $"{c.Start} is before the answer's sentence ending at {lead.End}");
            Assert.Equal(articles[c.ArticleId].Body[c.Start..c.End], c.Quote);
        });
        var quoted = first.Answer.Citations.Concat(more.Answer.Citations).Concat(again.Answer.Citations).Where(c => c.ArticleId == lead.ArticleId).Select(c => c.Start).ToList();
        Assert.Equal(quoted.Count, quoted.Distinct().Count());
        Assert.Equal(first.ResolvedText, more.ResolvedText);
    }

    [Fact]
    public async Task TellMeMore_ThenShowSource_ShowsThePassageOfTheContinuation()
    {
        var id = Guid.NewGuid().ToString("N");
        await _bot.ReplyAsync(id, "Who led the Afghan delegation?");
        var more = await _bot.ReplyAsync(id, "tell me more");

        var shown = await _bot.ReplyAsync(id, "show source 1");

        Assert.Equal(Intent.ShowSource, shown.Intent);
        Assert.Equal(more.Answer.Citations[0].Quote, Assert.Single(shown.Answer.Citations).Quote);
    }

    [Fact]
    public async Task TellMeMore_AtTheStartOfAConversation_IsNotAnAnswer()
    {
        var reply = await _bot.ReplyAsync(Guid.NewGuid().ToString("N"), "tell me more");

        Assert.Empty(reply.Answer.Citations);
    }
}
