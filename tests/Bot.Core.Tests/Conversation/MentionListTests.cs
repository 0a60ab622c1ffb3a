using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

[Collection(SeedEngineCollection.Name)]
public sealed class MentionListTests(SeedEngineFixture engine)
{
    private readonly ConversationService _bot = engine.Get<ConversationService>();

    [Theory]
    [InlineData("Which articles mention Mattis?", "Mattis")]
    [InlineData("which stories mention Gwadar port", "Gwadar port")]
    [InlineData("What other reports talk about the TTP?", "the TTP")]
    [InlineData("can you tell me which articles name Kayani?", "Kayani")]
    [InlineData("Which articles are about Iran?", "Iran")]
    [InlineData("do you have any stories on Torkham?", "Torkham")]
    [InlineData("Any articles about the NATO strike?", "the NATO strike")]
    [InlineData("what stories do you have about Gwadar?", "Gwadar")]
    [InlineData("list the articles mentioning Kayani", "Kayani")]
    [InlineData("show me all the stories that cover the TTP", "the TTP")]
    [InlineData("Are there any reports concerning drone strikes?", "drone strikes")]
    public void Subject_WhichArticlesMention_IsTheSubject(string utterance, string subject) =>
        Assert.Equal(subject, MentionList.Subject(utterance));

    [Theory]
    // One article: a look-up of the claim, not a list.
    [InlineData("Which article mentions Mattis?")]
    [InlineData("Which articles say the strike was unintentional and that Pakistan closed the supply routes?")]
    [InlineData("Who mentioned Mattis?")]
    [InlineData("Which article is about Iran?")]
    [InlineData("What do the articles say about Iran?")]
    [InlineData("Which sources say the strike was unintentional?")]
    [InlineData("what articles do you have?")]
    public void Subject_OtherMessage_IsNull(string utterance) => Assert.Null(MentionList.Subject(utterance));

    [Fact]
    public async Task Reply_WhichStoriesMention_CitesEachArticleAtASentenceThatNamesTheSubject()
    {
        var reply = await _bot.ReplyAsync(Guid.NewGuid().ToString("N"), "which stories mention Torkham?");

        Assert.StartsWith("2 articles mention “Torkham”:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(["002_fc7e1f14d72009a2.txt", "004_9d889a496ed59ed2.txt"], reply.Answer.Citations.Select(c => c.ArticleId).Order());
        Assert.All(reply.Answer.Citations, c => Assert.Contains("Torkham", c.Quote, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("which articles are about Iran?", "Iran")]
    [InlineData("Do you have any stories on Torkham?", "Torkham")]
    public async Task Reply_ArticlesAboutASubject_ListsThoseThatNameIt(string utterance, string subject)
    {
        var reply = await _bot.ReplyAsync(Guid.NewGuid().ToString("N"), utterance);

        Assert.Matches($"^\\d articles? mentions? “{subject}”", reply.Answer.Text);
        Assert.NotEmpty(reply.Answer.Citations);
        Assert.All(reply.Answer.Citations, c => Assert.Contains(subject, c.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_WhichArticlesMentionASubjectNoneNames_SaysNone()
    {
        var reply = await _bot.ReplyAsync(Guid.NewGuid().ToString("N"), "which articles mention the cricket world cup?");

        Assert.True(reply.Answer.Abstained);
        Assert.Empty(reply.Answer.Citations);
        Assert.Equal("No article mentions “the cricket world cup”.", reply.Answer.Text);
    }
}
