using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The fifteenth probe's misses, end to end over its 20 wire stories set outside the UK (TestData/sentinel; docs/quality.md, thirty-sixth pass).</summary>
public sealed class SentinelTests() : StoryFolderTests("sentinel")
{
    // The lead names the winner and the race; the time, written in words, is in the same sentence further on, and a later
    // sentence's "59 seconds outside the world record" is a margin, not a time.
    [Fact]
    public async Task Question_TheWinningTime_LeadsWithTheSentenceThatGivesATime()
    {
        var reply = await AskAsync("What was the winning time in the men's Rotterdam marathon?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("two hours, four minutes and 38 seconds", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The runner asked about won the women's race; the prize money quoted before was the men's winner's.
    [Fact]
    public async Task Question_AFigureOfOneOfTwoRunners_DoesNotQuoteTheOthersFigure()
    {
        var reply = await AskAsync("How much prize money did Caroline Jepkosgei Bett get for winning in Rotterdam?");

        Assert.DoesNotContain(reply.Answer.Citations, c => c.Quote.Contains("Tesfaye earned", StringComparison.Ordinal));
    }

    // The story gives an operating profit, which is no net profit.
    [Fact]
    public async Task Question_ANetProfitWhereTheStoryGivesAnOperatingProfit_IsRefused()
    {
        var reply = await AskAsync("What was Hallberg Antriebstechnik's net profit in 2008?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // Nobody in the story is a museum: the painting went to a telephone bidder, and a Texas family had owned it.
    [Fact]
    public async Task Lookup_ADoerTheStoryNeverNames_IsRefused()
    {
        var reply = await AskAsync("Is there a source for the claim that La Lavandera was bought by a museum in Texas?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }
}
