using System.ComponentModel.DataAnnotations;
using Bot.Core.Conversation.Intents;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Conversation;

public sealed class IntentRouterTests(IntentRouterFixture fixture) : IClassFixture<IntentRouterFixture>
{
    private readonly IntentRouter router = fixture.Router;

    [Theory]
    [InlineData("who chaired the meeting in Kabul?", Intent.Question)]
    [InlineData("how many people were hurt in the explosion", Intent.Question)]
    [InlineData("when did the floods reach Multan?", Intent.Question)]
    [InlineData("which article says the border was reopened on Friday?", Intent.Lookup)]
    [InlineData("where does it say the minister denied the report?", Intent.Lookup)]
    [InlineData("find the sentence about the wheat harvest", Intent.Lookup)]
    [InlineData("summarize the coverage of the Karachi by-election", Intent.Summary)]
    [InlineData("give me a summary of the cricket tour", Intent.Summary)]
    [InlineData("brief me on the court case", Intent.Summary)]
    // "What happened with …?" asks for the story (two probe writers asked for summaries so); "what happened to …" may not.
    [InlineData("what happened with the bridge closure in Dunmere", Intent.Summary)]
    // What the coverage says of a topic is a summary, not a claim to look up (CoverageRule).
    [InlineData("What do the articles say about the floods?", Intent.Summary)]
    [InlineData("what does the coverage say on the court case", Intent.Summary)]
    // An opener that asks for a shortening decides, whatever the topic after it sounds like (SummaryRule).
    [InlineData("tl;dr of how the thai election shook out and who became PM", Intent.Summary)]
    [InlineData("Give me the gist of how Argentina's soybean harvest forecasts changed this season", Intent.Summary)]
    [InlineData("what's the story with the Fennick whistleblower?", Intent.Summary)]
    [InlineData("hello!", Intent.SmallTalk)]
    [InlineData("thanks a bunch", Intent.SmallTalk)]
    [InlineData("what can you help with?", Intent.SmallTalk)]
    public void Route_TypicalUtterance_ReturnsItsIntent(string utterance, Intent expected)
    {
        var routed = router.Route(utterance);

        Assert.Equal(expected, routed.Intent);
        Assert.False(routed.IsFallback);
    }

    [Theory]
    [InlineData("and Iran?", Intent.Question)]
    [InlineData("what about Kabul?", Intent.Question)]
    [InlineData("and the Taliban?", Intent.Question)]
    [InlineData("Is Gwadar port closed?", Intent.Question)]
    [InlineData("Did Gwadar handle record cargo?", Intent.Question)]
    [InlineData("Was anyone arrested?", Intent.Question)]
    [InlineData("Has the border reopened?", Intent.Question)]
    [InlineData("from when?", Intent.Question)]
    [InlineData("why?", Intent.Question)]
    [InlineData("how many?", Intent.Question)]
    [InlineData("hi", Intent.SmallTalk)]
    [InlineData("hello", Intent.SmallTalk)]
    [InlineData("thanks", Intent.SmallTalk)]
    [InlineData("help", Intent.SmallTalk)]
    [InlineData("who are you?", Intent.SmallTalk)]
    [InlineData("what can you do?", Intent.SmallTalk)]
    [InlineData("bye", Intent.SmallTalk)]
    [InlineData("???", Intent.SmallTalk)]
    [InlineData("…", Intent.SmallTalk)]
    [InlineData(":-)", Intent.SmallTalk)]
    public void Route_ShortMessage_IsSmallTalkOnlyWithoutContent(string utterance, Intent expected) =>
        Assert.Equal(expected, router.Route(utterance).Intent);

    [Theory]
    [InlineData("Which source says the border was closed?")]
    [InlineData("Which article reports the attack on the checkpost?")]
    [InlineData("What source mentions the Iranian guards?")]
    [InlineData("Which outlet said the minister resigned?")]
    [InlineData("which newspaper claimed Gwadar handled record cargo")]
    [InlineData("Does any story say Vellmark will spend 5bn euros on electric models?")]
    [InlineData("Is there a story saying PixelRiver was founded in 2015?")]
    [InlineData("is there an article that says the port reopened?")]
    [InlineData("Find the piece saying an airline has locked in the price of well over half its fuel for next year")]
    [InlineData("show me the article that reports the port was closed")]
    [InlineData("find the story where a union official accuses the firm of raiding pensions")]
    [InlineData("is there a source for the film festival probably ending up in the red this year?")]
    [InlineData("Is there any source for the council scrapping the night bus?")]
    public void Route_WhichSourceSays_IsALookupNotShowSource(string utterance)
    {
        var routed = router.Route(utterance);

        Assert.Equal(Intent.Lookup, routed.Intent);
        Assert.Null(routed.SourceNumber);
    }

    [Theory]
    [InlineData("what's the last source?")]
    [InlineData("which source is it from?")]
    public void Route_SourceWithoutNumber_IsNeverShowSource(string utterance) =>
        Assert.NotEqual(Intent.ShowSource, router.Route(utterance).Intent);

    [Theory]
    [InlineData("show source 2", 2)]
    [InlineData("show [3]", 3)]
    [InlineData("[2]", 2)]
    [InlineData("source 2?", 2)]
    [InlineData("Open citation 4", 4)]
    [InlineData("expand [1] please", 1)]
    public void Route_CitationRequest_MatchesRuleAndExtractsNumber(string utterance, int number)
    {
        var routed = router.Route(utterance);

        Assert.Equal(new IntentPrediction(Intent.ShowSource, 1.0, IsFallback: false, number), routed);
    }

    [Theory]
    [InlineData("what is source 1?", 1)]
    [InlineData("tell me more about citation 3", 3)]
    [InlineData("can you open the second source", 2)]
    public void Route_LooseCitationRequest_ClassifiesAndFindsNumber(string utterance, int number)
    {
        var routed = router.Route(utterance);

        Assert.Equal(Intent.ShowSource, routed.Intent);
        Assert.Equal(number, routed.SourceNumber);
        Assert.True(routed.Confidence < 1.0);
    }

    [Theory]
    [InlineData("asdf qwerty zxcv")]
    [InlineData("blorp flim wug")]
    public void Route_Gibberish_FallsBackToQuestion(string utterance)
    {
        var routed = router.Route(utterance);

        Assert.Equal(Intent.Question, routed.Intent);
        Assert.True(routed.IsFallback);
        Assert.True(routed.Confidence < new IntentOptions().MinConfidence);
        Assert.Null(routed.SourceNumber);
    }

    [Fact]
    public void Route_ManyThreads_MatchesSequentialResults()
    {
        var utterances = IntentDataReader.Read(Path.Combine(AppContext.BaseDirectory, "prompts", "intents.heldout.tsv"))
            .Select(e => e.Text).ToArray();
        var sequential = utterances.Select(router.Route).ToArray();
        var parallel = new IntentPrediction[utterances.Length * 8];

        Parallel.For(0, parallel.Length, i => parallel[i] = router.Route(utterances[i % utterances.Length]));

        Assert.All(Enumerable.Range(0, parallel.Length), i => Assert.Equal(sequential[i % utterances.Length], parallel[i]));
    }

    [Fact]
    public void Constructor_SameData_TrainsIdenticalRouter()
    {
        var second = new IntentRouter(Options.Create(new IntentOptions()));

        foreach (var utterance in new[] { "who won the match?", "recap the floods", "hi there", "which report says so?" })
        {
            Assert.Equal(router.Route(utterance), second.Route(utterance));
        }
    }

    [Fact]
    public void Constructor_MissingDataFile_FailsNamingTheKey()
    {
        var options = new IntentOptions { DataFile = "prompts/no-such-file.tsv" };

        var error = Assert.Throws<ValidationException>(() => new IntentRouter(Options.Create(options)));

        Assert.Contains("Bot:Intents:DataFile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MinConfidenceAboveOne_Fails()
    {
        var options = new IntentOptions { MinConfidence = 1.5 };

        Assert.Throws<ValidationException>(() => new IntentRouter(Options.Create(options)));
    }
}
