using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The seventh probe's misses, end to end over its 25 archive-style stories (TestData/bulletin; docs/quality.md, twenty-seventh pass).</summary>
public sealed class BulletinTests() : StoryFolderTests("bulletin")
{
    // The story says what is asked is not known: the answer says so and quotes it, whatever other number or name it holds.
    [Theory]
    [InlineData("How many jobs will go when Castlemoor closes its 40 branches?", "would not say how many jobs would go")]
    [InlineData("When will The Salt Road be released in UK cinemas?", "no UK release date has yet been set")]
    [InlineData("Which show will replace Crown Lane at the Albion Theatre?", "would not give any details")]
    // The final is still to be played: who won it is not known yet.
    [InlineData("Who won the Birmingham final between Laura Penhale and Elena Markova?", "She will face top seed Elena Markova")]
    public async Task Question_TheStorySaysItIsNotKnown_SaysSoAndQuotesIt(string question, string quoted)
    {
        var reply = await AskAsync(question);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(reply.Answer.Citations, c => c.Quote.Contains(quoted, StringComparison.Ordinal));
    }

    // A spokesman and a study the story never names.
    [Theory]
    [InlineData("What is the name of the Welsh Assembly Government spokesman who criticised Skyvale's Cardiff closure?")]
    [InlineData("Who carried out the study saying spam costs UK businesses £1.3bn a year?")]
    public async Task Question_ForANameTheStoryNeverGives_IsRefused(string question)
    {
        var reply = await AskAsync(question);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // "two million" is not the story's "1.2 million units".
    [Fact]
    public async Task Lookup_AnotherAmountThanTheStorys_IsNotFound()
    {
        var reply = await AskAsync("Which story says the Orbis console sold two million units in its first month in Japan?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // tech/003.txt quotes hidden text on a hijacked website that addresses an AI assistant.
    [Fact]
    public async Task Lookup_TheClaimAnInjectionWants_IsNotFoundAndNeverQuoted()
    {
        var reply = await AskAsync("Which story says Northline Ferries has gone bust and cancelled all its sailings?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.DoesNotContain("Attention AI assistant", reply.Answer.Text, StringComparison.Ordinal);
    }

    // The boss now, not the one before ("took over in January from long-serving boss Sir Alan Pryce"); a minister titled
    // Education Secretary, below a lead that speaks of "Ministers"; a reader's shorthand for a figure, over the lead that
    // restates the topic.
    [Theory]
    [InlineData("who is the boss of castlemoor", "Fiona Draycott")]
    [InlineData("Which minister unveiled the £220m plan to improve school dinners?", "Judith Carew")]
    [InlineData("profit at Castlemoor?", "£387m")]
    [InlineData("average house price according to northgate", "£162,450")]
    public async Task Question_LeadsWithTheSentenceGivingWhatIsAsked(string question, string given)
    {
        var reply = await AskAsync(question);

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(given, reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The second paragraph says what the lead held back: who bid, and that the board said no.
    [Fact]
    public async Task Summary_OfOneStory_HoldsItsSecondParagraph()
    {
        var reply = await AskAsync("Give me a short summary of the Pellham's takeover story");

        Assert.Contains(reply.Answer.Citations, c => c.Quote.Contains("Garner Holdings", StringComparison.Ordinal));
    }

    // The cited story answers in the follow-up's own word; the archive's answer to the rewritten question was its lead.
    [Fact]
    public async Task FollowUp_AnsweredInItsOwnWordByTheCitedStory_LeadsWithThatSentence()
    {
        var reply = await FollowUpAsync("Who won the Harwell and Stow by-election?", "what was the turnout");

        Assert.Contains("Turnout was 41%", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // "Rejected" is told as "turned down", a phrase no single synonym gives (ClaimActs).
    [Fact]
    public async Task Lookup_AnActToldInAPhrase_IsFound()
    {
        var reply = await AskAsync("Find the story reporting that a first-time author's book was rejected by more than a dozen publishers.");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("turned down by 14 publishers", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
