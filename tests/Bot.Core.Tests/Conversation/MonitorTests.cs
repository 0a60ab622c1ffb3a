using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The seventeenth probe's look-up misses, end to end over its 20 wire stories (TestData/monitor; docs/quality.md, thirty-seventh pass).</summary>
public sealed class MonitorTests() : StoryFolderTests("monitor")
{
    // "Almost a million" is the story's 944,000, and "almost" is no subject the sentence must hold.
    [Fact]
    public async Task Lookup_AnAmountHedgedInTheClaim_IsFound()
    {
        var reply = await AskAsync("Which article reports that almost a million people in the UK are living with dementia?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("944,000", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // "In a year" is the period the flights are counted over: "during the year" gives it.
    [Fact]
    public async Task Lookup_ACountOverAYear_IsFound()
    {
        var reply = await AskAsync("Which article reports that an airline's cancellations rose to nearly 1,900 flights in a year?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("1,870 flights", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // Labour held the seat: the sentence tells what Labour did, and never names the Conservatives.
    [Fact]
    public async Task Lookup_TheOtherPartyDidSomethingElse_IsRefused()
    {
        var reply = await AskAsync("Is there a source for the claim that the Conservatives took Wrexham North from Labour?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // The story only announces the match: Rovers travel to Northfield Athletic on 16 March.
    [Fact]
    public async Task Question_AResultOfAMatchNotYetPlayed_IsRefused()
    {
        var reply = await AskAsync("Did Ashford Rovers beat Northfield Athletic on 16 March?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }
}
