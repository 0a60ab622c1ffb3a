using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The eighth probe's misses, end to end over its 25 archive-style stories (TestData/dispatch; docs/quality.md, twenty-eighth pass).</summary>
public sealed class DispatchTests() : StoryFolderTests("dispatch")
{
    // What the story withholds: the sum asked for beside another sum, a bank that asked not to be named, a ballot's result
    // still to come.
    [Theory]
    [InlineData("How much has Castleton Records actually paid The Wrens since 2001?", "would not say how much it had paid")]
    [InlineData("Which bank blocked 40,000 copies of the Rantic.B worm?", "asked not to be named")]
    [InlineData("What was the result of the Amicus strike ballot at Brackley?", "with the result expected later this month")]
    public async Task Question_TheStorySaysItIsNotKnownYet_SaysSoAndQuotesIt(string question, string quoted)
    {
        var reply = await AskAsync(question);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(reply.Answer.Citations, c => c.Quote.Contains(quoted, StringComparison.Ordinal));
    }

    // "spending" asks for money as "spend" does, and the story gives none.
    [Fact]
    public async Task Question_ForASumTheStoryNeverGives_IsRefused()
    {
        var reply = await AskAsync("How much is Unilink spending on upgrading its exchanges?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // A detail the story withholds about something else is no reason to refuse: "her next film" is not the one asked about,
    // and "What happened with …?" asks for the story, not one detail of it.
    [Theory]
    [InlineData("Where was The Quiet Harbour filmed?")]
    [InlineData("What happened with the ID cards bill?")]
    public async Task Question_AWithheldDetailOfSomethingElse_IsNotSaidToBeUnknown(string question)
    {
        var reply = await AskAsync(question);

        Assert.DoesNotContain("The articles don't say.", reply.Answer.Text, StringComparison.Ordinal);
    }

    // "What happened with …?" is summarised, the story's vote first among its key sentences.
    [Fact]
    public async Task WhatHappenedWith_IsSummarised()
    {
        var reply = await AskAsync("What happened with the ID cards bill?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.StartsWith("Summary of", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Contains("371 votes to 104", reply.Answer.Text, StringComparison.Ordinal);
    }

    // "I" is no one's name; the minister who wound up the debate, not the shadow home secretary; "from director" is no
    // former post.
    [Theory]
    [InlineData("If I'm under 26, what's the cheapest I can get a ticket for at the Westbay festival?", "£5")]
    [InlineData("which minister closed the debate on the ID cards bill", "Patricia Lorne")]
    [InlineData("Who directed The Allotment?", "Sue Bramwell")]
    public async Task Question_LeadsWithTheSentenceGivingWhatIsAsked(string question, string given)
    {
        var reply = await AskAsync(question);

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(given, reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
