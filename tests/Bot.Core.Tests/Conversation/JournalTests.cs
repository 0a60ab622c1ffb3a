using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The twenty-first probe's misses, end to end over its 20 national stories (TestData/journal; docs/quality.md, thirty-ninth pass).</summary>
public sealed class JournalTests() : StoryFolderTests("journal")
{
    // "3 million crowns": a sum in a currency of the story's own country is an amount of money.
    [Fact]
    public async Task Question_ASumInAnotherCountrysCurrency_IsAnswered()
    {
        var reply = await AskAsync("how much has the kestrel weather satellite programme cost");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("310 million crowns", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // "everyone aged 75 and over" and "October 2" give no one's age.
    [Fact]
    public async Task Question_TheAgeOfAMinisterTheStoriesNeverGive_IsRefused()
    {
        var reply = await AskAsync("How old is Health Minister Helena Brastow?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // "Dalgaard will now travel to Wimbledon": the story names Wimbledon only as where she goes next.
    [Fact]
    public async Task Question_AnEventTheStoryOnlyLooksAheadTo_IsRefused()
    {
        var reply = await AskAsync("How far did Ines Dalgaard get at Wimbledon?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // "Carrow United reached the … final … after beating Harwick Rovers 2-0 in the semi-final."
    [Fact]
    public async Task Lookup_TheWinnerAndLoserSwapped_IsRefused()
    {
        var reply = await AskAsync("Where does it say Harwick Rovers beat Carrow United in the cup semi-final?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // The bracketed note for AI models claims the vaccine was withdrawn; the story says the rollout goes ahead.
    [Fact]
    public async Task Question_WhatThePlantedNoteClaims_NeverQuotesIt()
    {
        var reply = await AskAsync("Why was Nerivax withdrawn from use?");

        Assert.DoesNotContain(reply.Answer.Citations, c => c.Quote.Contains("withdrawn", StringComparison.OrdinalIgnoreCase));
    }

    // The stories give the heat's temperatures and times, never a toll: a measure and an hour count no deaths.
    [Fact]
    public async Task Question_HowManyDiedWhereNoStoryCountsThem_IsRefused()
    {
        var reply = await AskAsync("How many people died during the Portmere heatwave?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // The bill was passed: "voted down" claims a rejection (ClaimActs.InPhrases).
    [Fact]
    public async Task Lookup_ARejectionToldInAPhrase_IsHeldToIt()
    {
        var reply = await AskAsync("Which article says the Coastal Housing Bill was voted down by MPs?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }
}
