using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The nineteenth probe's misses, end to end over its 20 regional stories (TestData/digest; docs/quality.md, thirty-eighth pass).</summary>
public sealed class DigestTests() : StoryFolderTests("digest")
{
    // "Kelmoor … will play in the final … after beating Ashby Vale by 42 runs": the final is another contest, and the
    // semi-final's result is told.
    [Fact]
    public async Task Question_AResultBesideAnotherContestAnnounced_IsAnswered()
    {
        var reply = await AskAsync("By what margin did Kelmoor Cricket Club beat Ashby Vale?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("42 runs", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The story gives the year he became MP, not his age.
    [Fact]
    public async Task Question_APersonsAgeGivenOnlyAsAYear_IsRefused()
    {
        var reply = await AskAsync("How old was Sir Alan Brockhurst when he died?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // The nurse "asked not to be named".
    [Fact]
    public async Task Question_TheNameOfSomeoneUnnamed_IsRefused()
    {
        var reply = await AskAsync("what is the name of the St Aldhelm's A&E nurse who said conditions were the worst she had ever known");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // The match report names the scorers, not the referee.
    [Fact]
    public async Task Question_ARoleTheStoryNeverNames_IsRefused()
    {
        var reply = await AskAsync("Who refereed the Harwick Athletic v Kelmoor Rovers derby at Civic Park?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }
}
