using Bot.Core.Conversation.Intents;

namespace Bot.Core.Tests.Conversation;

/// <summary>
/// The cues a look-up or a summary request cannot do without: questions that share the classifier's look-up or
/// summary words still route as questions, and every look-up and summary the router learns from has its cue.
/// </summary>
public sealed class IntentCuesTests(IntentRouterFixture fixture) : IClassFixture<IntentRouterFixture>
{
    [Theory]
    [InlineData("Which theory states that the continents were once joined?")]
    [InlineData("Where is its home ground located?")]
    [InlineData("What is the city's hottest month on average?")]
    [InlineData("Aside from the harbour, what else draws visitors to the town?")]
    [InlineData("Which player intercepted the pass on the next set of downs?")]
    public void Route_QuestionWithoutALookupOrSummaryCue_IsAQuestion(string utterance) =>
        Assert.Equal(Intent.Question, fixture.Router.Route(utterance).Intent);

    [Theory]
    [InlineData("which report states the polls closed early?", true, false)]
    [InlineData("where does it say the dam burst?", true, false)]
    [InlineData("who said the border would stay shut?", true, false)]
    [InlineData("what's the latest on the port strike?", false, true)]
    [InlineData("can you sum up the trade talks?", false, true)]
    [InlineData("Where is its home venue located?", false, false)]
    [InlineData("fill me in on the NATO supply routes", true, true)]
    public void Cues_TableOfMessages(string text, bool lookup, bool summary)
    {
        Assert.Equal(lookup, IntentCues.MayBeLookup(text));
        Assert.Equal(summary, IntentCues.MayBeSummary(text));
    }

    [Fact]
    public void Cues_EveryLookupAndSummaryTrainingExample_HasItsCue()
    {
        var examples = IntentDataReader.Read(Path.Combine(AppContext.BaseDirectory, "prompts", "intents.tsv"));

        Assert.All(examples.Where(e => e.Intent == Intent.Lookup), e => Assert.True(IntentCues.MayBeLookup(e.Text), e.Text));
        Assert.All(examples.Where(e => e.Intent == Intent.Summary), e => Assert.True(IntentCues.MayBeSummary(e.Text), e.Text));
    }
}
