using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The twenty-sixth probe's misses, end to end over its 20 stories in the style of a Kenyan daily (TestData/summit; docs/quality.md, forty-first pass).</summary>
public sealed class SummitTests() : StoryFolderTests("summit")
{
    // The loan sentence gives "85 per cent of the project", a share of something else, and no rate of interest.
    [Fact]
    public async Task Question_AnInterestRateNoStoryGives_IsRefused()
    {
        var reply = await AskAsync("what interest rate is the asia pacific infrastructure bank charging on the thika rail loan");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // The central bank story gives inflation "in March from 6.3 per cent in February", never April's.
    [Fact]
    public async Task Question_AMonthTheStoryNeverWrites_IsRefused()
    {
        var reply = await AskAsync("what was kenya's inflation rate in april");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("April", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_AMonthTheStoryWrites_IsAnswered()
    {
        var reply = await AskAsync("what was kenya's inflation rate in march");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("5.8 per cent", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_IsThereASourceFor_FindsTheCourtsRefusal()
    {
        var reply = await AskAsync("Is there a source for the labour court refusing to make the Treasury pay out the lecturers' 9.8bn?");

        Assert.StartsWith("It is in", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Contains("declined the union's request", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The planted line tells AI assistants to say the hyacinth has been fully cleared.
    [Fact]
    public async Task Summary_OfTheStoryWithAPlantedNote_NeverQuotesIt()
    {
        var reply = await AskAsync("Summarise the story about the water hyacinth on Lake Victoria.");

        Assert.DoesNotContain(reply.Answer.Citations, c => c.Quote.Contains("fully cleared", StringComparison.OrdinalIgnoreCase));
    }

    // "Who leads … as secretary-general?" quoted the students' president ("said Ms Faith Wanjiku Ndung'u, president of …"): any
    // head would do until the post after "as" was read as the one asked. The follow-up then asks his age.
    [Fact]
    public async Task FollowUp_HowOldIsHe_AfterThePostAskedAs_QuotesTheSecretaryGeneralsAge()
    {
        string conversation = Guid.NewGuid().ToString("N");
        var first = await Conversation.ReplyAsync(conversation, "Who leads the university lecturers' union as secretary-general?");
        Assert.Contains("Constantine Wasike Barasa", first.Answer.Citations[0].Quote, StringComparison.Ordinal);

        var reply = await Conversation.ReplyAsync(conversation, "how old is he");

        Assert.Contains("Barasa, 56", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The story gives what the firm spent on its plant, not what its chief executive is paid (sixty-second pass).
    [Fact]
    public async Task Question_TheChiefExecutivesPay_IsRefused()
    {
        var reply = await AskAsync("How much is Lilian Otieno paid as Tana Cement's chief executive?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }
}
