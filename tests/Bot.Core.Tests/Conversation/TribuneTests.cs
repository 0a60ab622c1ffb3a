using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The sixteenth probe's misses, end to end over its 20 stories that set two firms, clubs or ministers side by side (TestData/tribune; docs/quality.md, thirty-sixth pass).</summary>
public sealed class TribuneTests() : StoryFolderTests("tribune")
{
    // A story of two clubs names both managers; the one asked about is "Redbridge manager Steve Corrigan", not the other
    // club's "their manager, Ray Dunleavy", and "how old is he?" is answered by "… said the 46-year-old" a paragraph on.
    [Fact]
    public async Task FollowUp_HowOldIsHe_AfterTheManagerOfOneOfTwoClubs_GivesHisAge()
    {
        string id = Guid.NewGuid().ToString("N");
        var first = await Conversation.ReplyAsync(id, "Who is Redbridge Albion's manager?");
        Assert.Contains("Steve Corrigan", first.Answer.Citations[0].Quote, StringComparison.Ordinal);

        var reply = await Conversation.ReplyAsync(id, "how old is he?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("46-year-old", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The sentence that gives the other supplier's figure ("Meridian Energy … adding an estimated £112 a year") is no answer
    // for Northern Power.
    [Fact]
    public async Task Question_AFigureOfOneOfTwoFirms_DoesNotQuoteTheOthersFigure()
    {
        var reply = await AskAsync("How much will Northern Power's rise add to a typical dual-fuel bill?");

        Assert.DoesNotContain(reply.Answer.Citations, c => c.Quote.StartsWith("Meridian Energy", StringComparison.Ordinal));
    }

    // The story gives the first weekend's takings ("… into second place" is another second) and a shortlist, not a winner:
    // neither answers, so both are refused.
    [Theory]
    [InlineData("How much did The Salt Road take in its second weekend?")]
    [InlineData("who won best british group at the brits")]
    public async Task Question_OneModifierAwayFromWhatTheStorySays_IsRefused(string question)
    {
        var reply = await AskAsync(question);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // False claims about one of two: the other bank's fall in profits, and the other act's five nominations (Kes Obi has four,
    // in words).
    [Theory]
    [InlineData("Where does it say Lothian Bank's profits fell by 9%?")]
    [InlineData("Show me where it says Kes Obi got five Brit nominations")]
    public async Task Lookup_AClaimTrueOfTheOtherOne_IsNotConfirmed(string lookup)
    {
        var reply = await AskAsync(lookup);

        Assert.StartsWith("No article says that", reply.Answer.Text, StringComparison.Ordinal);
    }
}
