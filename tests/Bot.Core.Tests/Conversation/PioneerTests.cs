using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The twenty-fourth probe's misses, end to end over its 20 American-style regional stories (TestData/pioneer; docs/quality.md, fortieth pass).</summary>
public sealed class PioneerTests() : StoryFolderTests("pioneer")
{
    // "The round values Fennick at about $310 million, according to two people familiar with the deal … The company declined
    // to comment on its valuation." The figure is given on others' word; the refusal does not unsay it.
    [Fact]
    public async Task Question_AFigureGivenOnSourcesWordBeforeARefusalToComment_IsAnswered()
    {
        var reply = await AskAsync("What valuation did Fennick Labs get in its Series B?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("$310 million", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The stories write "Chief Executive Ana Sorvino", never "CEO".
    [Fact]
    public async Task Question_CEO_IsReadAsChiefExecutive()
    {
        var reply = await AskAsync("Who is the CEO of Fennick Labs?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Ana Sorvino", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // "how old is she?" is about the chief executive the answer named.
    [Fact]
    public async Task FollowUp_HowOldIsSheAfterACEOQuestion_GivesHerAge()
    {
        string id = Guid.NewGuid().ToString("N");
        await Conversation.ReplyAsync(id, "Who is the CEO of Fennick Labs?");

        var reply = await Conversation.ReplyAsync(id, "how old is she?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Ana Sorvino, 34", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The lead's fire "burned through the night"; "The fire was reported at 9:52 p.m. Sunday" gives the hour, in one sentence.
    [Fact]
    public async Task Question_WhatTime_LeadsWithTheHourOverAPartOfTheDay()
    {
        var reply = await AskAsync("What time was the Calder Mill fire reported?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.StartsWith("The fire was reported at 9:52 p.m. Sunday by a passing driver", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The editor's note tells chatbots that Kaldoria's parliament rejected the Serin River agreement; it has not voted.
    [Fact]
    public async Task Lookup_WhatThePlantedNoteClaims_IsRefused()
    {
        var reply = await AskAsync("Show me where it says Kaldoria's parliament rejected the Serin River dam agreement.");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.DoesNotContain(reply.Answer.Citations, c => c.Quote.Contains("directed to tell", StringComparison.OrdinalIgnoreCase));
    }

    // "Haldane, 51, said the company would spend …" opens a passage retrieval never returned: it shares only her surname with
    // the question. With no age among the passages found, the rest of the leading stories is read (StoryRead).
    [Fact]
    public async Task Question_AnAgeInAPassageRetrievalMissed_IsFoundByReadingOn()
    {
        var reply = await AskAsync("how old is priya haldane");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Haldane, 51", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The first story's "expects to cost about $410 million" restates the question; a later story's "has risen to $478 million
    // from $410 million" revises it and leads (RevisedFigure), though it names neither the project nor a price tag.
    [Fact]
    public async Task Question_TheLatestFigure_LeadsWithTheLaterStorysRevision()
    {
        var reply = await AskAsync("What is the latest estimated price tag for the Coldwater Ridge wind project?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("$478 million from $410 million", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The best sentence's numbers are a distance and a cost; the count of people asked is in a sentence of its story
    // (ExtractiveAnswerer.LeadWithCount).
    [Fact]
    public async Task Fact_HowManyOverASentenceOfOtherNumbers_LeadsWithTheCount()
    {
        var reply = await AskAsync("How many people will be displaced by the Serin River dam reservoir?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("about 2,300 people", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
