using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>
/// Follow-ups over a small archive built so that the rewritten follow-up matches another club's article better
/// than the one the conversation is about, as happens by chance on a large archive.
/// </summary>
public sealed class FollowUpSearchTests : IAsyncLifetime
{
    private const string Champions = "riverside.txt";
    private readonly ArchiveFolder _archive = new("followups");

    private ConversationService Bot => _archive.Get<ConversationService>();

    public async Task InitializeAsync()
    {
        _archive.Write(Champions,
            "LONDON: Riverside United won the league title on Saturday after beating Harbour Town 2-0 in front of a full crowd.",
            "The club's stadium, Riverside Park, is owned by the city council, which leases it to the club.",
            "Manager Tom Avery said the title belonged to the supporters who had waited forty years for it.");
        _archive.Write("northgate.txt",
            "MANCHESTER: Northgate Rovers, who lost to Riverside United in the cup, said on Saturday that the businessman Alan Pryce now owns its stadium outright.",
            "Pryce, who owns the stadium and the training ground, said he would build a new stand before next season.");
        _archive.Write("parade.txt",
            "LONDON: Riverside United will hold an open-top bus parade through the city centre on Monday to celebrate their first league title in forty years.",
            "The parade will start at the town hall at noon, the council said.");
        _archive.Write("fares.txt",
            "LONDON: Rail fares will rise by 5% in January, the steepest increase in a decade.",
            "Campaigners said commuters were being priced off the trains.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Reply_FollowUp_SearchesThePreviouslyCitedArticleFirst()
    {
        var id = Guid.NewGuid().ToString("N");
        var first = await Bot.ReplyAsync(id, "Who did Riverside United beat on Saturday?");

        var followUp = await Bot.ReplyAsync(id, "Who owns its stadium?");

        var unscoped = await _archive.Get<AnswerService>().AskAsync(followUp.ResolvedText);
        Assert.Equal(Champions, first.Answer.Citations[0].ArticleId);
        Assert.Equal("northgate.txt", unscoped.Citations[0].ArticleId);
        Assert.All(followUp.Answer.Citations, c => Assert.Equal(Champions, c.ArticleId));
        Assert.Contains("city council", followUp.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_FollowUpPointingBack_IsAnsweredFromThePreviousArticle()
    {
        var id = Guid.NewGuid().ToString("N");
        await Bot.ReplyAsync(id, "Who did Riverside United beat on Saturday?");

        var followUp = await Bot.ReplyAsync(id, "What did its manager say?");

        Assert.Contains("previous answer's articles", followUp.Answer.Diagnostics, StringComparison.Ordinal);
        Assert.All(followUp.Answer.Citations, c => Assert.Equal(Champions, c.ArticleId));
        Assert.StartsWith("Manager Tom Avery said", followUp.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_HowMuchAlone_AsksTheAmountInThePreviousStory()
    {
        // "much" is no word of the story's: the follow-up asks the price of what the last answer was about.
        var id = Guid.NewGuid().ToString("N");
        await Bot.ReplyAsync(id, "What will happen to rail fares in January?");

        var followUp = await Bot.ReplyAsync(id, "How much?");

        Assert.False(followUp.Answer.Abstained, followUp.Answer.Text);
        Assert.Equal("fares.txt", followUp.Answer.Citations[0].ArticleId);
        Assert.Contains("5%", followUp.Answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did Riverside United win?", "when is their parade?", "parade.txt", "parade through the city centre on Monday")]
    // Short and naming no one, it reads as a follow-up; the football story never mentions campaigners, so it is asked as typed.
    [InlineData("Who did Riverside United beat on Saturday?", "What did campaigners say?", "fares.txt", "priced off the trains")]
    [InlineData("Who did Riverside United beat on Saturday?", "and how much will rail fares rise in January?", "fares.txt", "5%")]
    public async Task Reply_FollowUpTheCitedStoryCannotAnswer_IsAnsweredFromTheArchive(string first, string followUp, string article, string expected)
    {
        var id = Guid.NewGuid().ToString("N");
        await Bot.ReplyAsync(id, first);

        var next = await Bot.ReplyAsync(id, followUp);

        Assert.Equal(article, next.Answer.Citations[0].ArticleId);
        Assert.Contains(expected, next.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_StandAloneQuestion_IsNotLimitedToThePreviousArticle()
    {
        var id = Guid.NewGuid().ToString("N");
        await Bot.ReplyAsync(id, "Who did Riverside United beat on Saturday?");

        var next = await Bot.ReplyAsync(id, "What will Alan Pryce build at Northgate Rovers?");

        Assert.Equal("northgate.txt", next.Answer.Citations[0].ArticleId);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
