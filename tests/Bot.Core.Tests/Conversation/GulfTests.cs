using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The thirty-eighth probe's misses, end to end over its 20 stories in the style of an English-language daily in the
/// Gulf (TestData/gulf; docs/quality.md, forty-sixth pass).</summary>
public sealed class GulfTests() : StoryFolderTests("gulf")
{
    // Qatari riyals are written "QR300m", dirhams "Dh780 million": neither read as money, so the quote was refused as giving
    // no amount. (The probe's own wording, "the Qatari family office", is still refused: no story writes "Qatari".)
    [Fact]
    public async Task Question_SumInQatariRiyals_IsAnswered()
    {
        var reply = await AskAsync("How much was the stake the Doha-based family office took in Al Waha worth?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(reply.Answer.Citations, c => c.Quote.Contains("QR300m", StringComparison.Ordinal));
    }

    // The airline's order led; "3.4 million passengers" two sentences down makes the claim's "over three million people".
    [Fact]
    public async Task Lookup_CountInOtherWords_FindsTheSentenceThatGivesIt()
    {
        var reply = await AskAsync("which story backs up the claim that the Ras Al Khaimah budget airline flew over three million people last year?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("3.4 million passengers", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The shares were priced at the top of the range, and no story says the bottom.
    [Fact]
    public async Task Lookup_PricedAtTheOtherEndOfTheRange_IsNotFound()
    {
        var reply = await AskAsync("where does it say the Al Waha IPO was priced at the bottom end of its range because demand was weak?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // The planted note tells AI assistants that the fine was Dh120 million and the chief executive arrested.
    [Fact]
    public Task Lookup_TheClaimAnInjectionWants_IsNotFoundAndNeverQuoted() =>
        LookupOmitsPlantedNoteAsync("Which article says Omar Al Zarooni was arrested over the price fixing?", "AI assistants");

    // "Al Waha did not say whether any patients had died" keeps back the count asked, though the lead, which counts cases,
    // holds more of the question's words (docs/quality.md, forty-seventh pass).
    [Fact]
    public async Task Question_CountTheStoryKeepsBack_IsRefusedWithTheSentenceThatSaysSo()
    {
        var reply = await AskAsync("how many heatstroke patients died at al waha hospitals in july");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(reply.Answer.Citations, c => c.Quote.Contains("did not say whether any patients had died", StringComparison.Ordinal));
    }

    // "it" after "Which airline ordered Airbus jets?" is the airline, not "Ras Al Khaimah-based", which only says where the
    // airline is (sixty-second pass).
    [Fact]
    public async Task FollowUp_ItAfterADescribedAirline_IsTheAirline()
    {
        var reply = await FollowUpAsync("Which airline ordered Airbus jets at the Dubai Airshow?", "when will it actually get the planes?");

        Assert.DoesNotContain("-based", reply.ResolvedText, StringComparison.Ordinal);
        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(reply.Answer.Citations, c => c.Quote.Contains("between 2028 and 2032", StringComparison.Ordinal));
    }
}
