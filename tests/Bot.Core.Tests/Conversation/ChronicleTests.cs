using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The ninth probe's misses, end to end over its 25 archive-style stories (TestData/chronicle; docs/quality.md, twenty-ninth pass).</summary>
public sealed class ChronicleTests() : StoryFolderTests("chronicle")
{
    // The story names the thing whose amount is asked and says it will not give it, though the question's rarest word
    // stands elsewhere in the story.
    [Theory]
    [InlineData("How many jobs will go as a result of the Halloran & Pike and Castleford Ales merger?", "declined to say how many jobs would go")]
    [InlineData("How much compensation will Little Ashby homeowners get if their houses are knocked down for the Eastmoor runway?", "would not say how much money had been set aside")]
    public async Task Question_TheStoryWithholdsTheAmount_SaysSoAndQuotesIt(string question, string quoted)
    {
        var reply = await AskAsync(question);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(reply.Answer.Citations, c => c.Quote.Contains(quoted, StringComparison.Ordinal));
    }

    // "… would not comment on individual cases" keeps back a comment on something else, not the size of the deficit.
    [Fact]
    public async Task Question_ARefusalToCommentOnSomethingElse_IsNoReasonToRefuse()
    {
        var reply = await AskAsync("how big is the hole in brackwell's pension scheme");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(reply.Answer.Citations, c => c.Quote.Contains("£214m", StringComparison.Ordinal));
    }

    // The sentence gives the 14% rise to the other brewer: "…, while Halloran & Pike shares were unchanged".
    [Fact]
    public async Task Lookup_TheNumberBelongsToTheOtherFirm_IsNotConfirmed()
    {
        var reply = await AskAsync("Find the article reporting that Halloran & Pike shares jumped 14% on the merger news.");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.StartsWith("No article says that.", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_TheNumberIsTheFirmsOwn_IsFound()
    {
        var reply = await AskAsync("Find the article reporting that Castleford Ales shares rose 14% on the merger news.");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("rose 14% to 387p", Assert.Single(reply.Answer.Citations).Quote, StringComparison.Ordinal);
    }
}
