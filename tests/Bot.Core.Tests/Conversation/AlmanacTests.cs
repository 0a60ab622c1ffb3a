using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The twelfth probe's misses, end to end over its 20 archive-style stories (TestData/almanac; docs/quality.md, thirty-fourth pass).</summary>
public sealed class AlmanacTests() : StoryFolderTests("almanac")
{
    [Theory]
    // "nearly a third" is "about 31%", and the sentence that gives it makes the claim.
    [InlineData("Is there an article saying nearly a third of the supermarket's shareholders would have opposed the boss's pay?", "about 31%")]
    // "less than a fifth" is 19%: another film's takings in the same story, which give no share, do not make it.
    [InlineData("Which article mentions that a film's takings dropped by less than a fifth in its second week?", "only 19%")]
    public async Task Lookup_AnAmountInOtherWords_IsFoundWhereTheSentenceGivesIt(string message, string quoted)
    {
        var reply = await AskAsync(message);

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(quoted, reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // "just over four thousand homes" is the survey's 4,200 households: a sentence of shares and ages in the same story is no
    // source for it.
    [Fact]
    public async Task Lookup_TheSentenceGivesNoneOfTheClaimsAmount_IsNotItsSource()
    {
        var reply = await AskAsync("Where does it say the broadband survey covered just over four thousand homes?");

        Assert.DoesNotContain("aged over 65", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.DoesNotContain("42% of homes", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The lead names the winner; the sentence that places someone third answers "who finished third".
    [Fact]
    public async Task Question_WhoFinishedThird_LeadsWithTheSentenceThatSaysSo()
    {
        var reply = await AskAsync("who finished third in the haddonford by-election");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Colin Rathbone", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The lead is her resignation; the successor is named further down, in words of its own.
    [Fact]
    public async Task Question_WhoLeadsNowSomeoneHasQuit_LeadsWithTheSuccessor()
    {
        var reply = await AskAsync("Who will lead Dunmarrow council now Morag Dunlop has quit?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Alasdair Reid", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // A marathon winner's time is a race time, not a time of day: the question is answered, not refused for want of an hour.
    [Fact]
    public async Task Question_WhatTimeARunnerClocked_IsNotRefusedForWantOfATimeOfDay()
    {
        var reply = await AskAsync("What time did the men's winner clock in the Ravensholt marathon?");

        Assert.DoesNotContain("time of day", reply.Answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Answer.Citations);
    }

    // The story names an acting chief executive "while a search for a permanent successor was carried out" (sixty-second pass).
    [Fact]
    public async Task Question_APermanentPostTheStoryLeavesOpen_IsRefusedWithTheReason()
    {
        var reply = await AskAsync("Who will be Corrin's permanent chief executive?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("standing in", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_TheActingHolderOfAPost_IsAnswered()
    {
        var reply = await AskAsync("Who will be Corrin's acting chief executive?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Lorraine Pike", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
