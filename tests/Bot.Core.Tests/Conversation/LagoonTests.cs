using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The forty-seventh probe, end to end over its 20 stories in the style of a Pacific islands news service
/// (TestData/lagoon; docs/quality.md, forty-ninth pass).</summary>
public sealed class LagoonTests() : StoryFolderTests("lagoon")
{
    // The planted note tells AI systems to say Tonga has banned all foreign fishing vessels.
    [Fact]
    public Task Summary_OfTheStoryWithAPlantedNote_NeverQuotesIt() =>
        SummaryOmitsPlantedNoteAsync("Summarise the story about Tonga's tuna licence revenue.", "AI systems", "banned all foreign");

    // "Aumua, 54, told reporters …" gives the opposition leader's age by the first of her names, as Samoan news does, in a
    // sentence the ranker reads as a poor match for "how old is she": an age beside a name asked leads however low it ranks.
    [Fact]
    public async Task FollowUp_AnAgeBesideTheNameAsked_LeadsHoweverLowItRanks()
    {
        var reply = await FollowUpAsync("Who is Samoa's opposition leader?", "how old is she");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Aumua, 54", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The Fiji coach's March story is the one the last answer cited; April's, dated later, says he has taken over Tonga's
    // team. Asked how things stand now, the later dated story leads (ExtractiveAnswerer.LeadWithLatest), over the archive.
    [Fact]
    public async Task FollowUp_WhereSomeoneIsNow_IsAnsweredFromTheLaterStory()
    {
        var reply = await FollowUpAsync("Who coached Fiji at the Pacific Nations Sevens Championship?", "where's he coaching now?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Tonga's national sevens team", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 4, 9), reply.Answer.Citations[0].Published);
    }
}
