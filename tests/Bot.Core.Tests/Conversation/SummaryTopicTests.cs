using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;

namespace Bot.Core.Tests.Conversation;

/// <summary>The summary's framing ("summarise the news on …", "… story") is cut away, so only the topic is searched and named.</summary>
public sealed class SummaryTopicTests
{
    [Theory]
    [InlineData("summarize the Torkham border talks", "Torkham border talks")]
    [InlineData("Summarize the news on the NATO strike", "NATO strike")]
    [InlineData("Give me a brief summary of the coverage about Gwadar", "Gwadar")]
    [InlineData("Summarise the ISI story", "ISI")]
    [InlineData("summarise the story about Brightwater's Dutch takeover", "Brightwater's Dutch takeover")]
    [InlineData("Can you summarise the piece on the rail fares cap?", "rail fares cap")]
    [InlineData("recap of the Peshawar attack coverage", "Peshawar attack")]
    [InlineData("summary of the Iran reports", "Iran")]
    [InlineData("Summarize the news", "news")]
    [InlineData("What is the latest on the Torkham crossing?", "Torkham crossing")]
    [InlineData("whats the latest news about Gwadar", "Gwadar")]
    [InlineData("any news on the Torkham crossing?", "Torkham crossing")]
    [InlineData("update me on the Iran talks", "Iran talks")]
    [InlineData("catch me up on the Pakistan-Afghanistan tensions", "Pakistan-Afghanistan tensions")]
    [InlineData("bring me up to speed on the IMF negotiations", "IMF negotiations")]
    [InlineData("key takeaways from the defense minister's trip?", "defense minister's trip")]
    [InlineData("in a nutshell, what's going on with the TTP attacks?", "TTP attacks")]
    [InlineData("Quick summary of the cricket series please", "cricket series")]
    [InlineData("gist of saltmere rovers money troubles pls", "saltmere rovers money troubles")]
    [InlineData("what's the story with the Fennick whistleblower?", "Fennick whistleblower")]
    [InlineData("summary: flood relief", "flood relief")]
    [InlineData("sum up what the articles say about Mullah Omar", "Mullah Omar")]
    [InlineData("Summarize the latest news on the currency", "currency")]
    [InlineData("What are the main points of the Iran article?", "Iran")]
    [InlineData("summarize what Bilawal said about Afghanistan", "what Bilawal said about Afghanistan")]
    [InlineData("tell me about the Vellmark job cuts", "Vellmark job cuts")]
    [InlineData("Tell me more about the nurses pledge", "nurses pledge")]
    public void Topic_DropsTheFraming(string utterance, string topic) => Assert.Equal(topic, Summarizer.Topic(utterance));

    [Theory]
    [InlineData("intents.tsv")]
    [InlineData("intents.heldout.tsv")]
    public void Topic_OfEverySummaryRequestInTheRouterData_KeepsNoFramingWord(string file)
    {
        var framing = new[]
        {
            "summar", "overview", "recap", "rundown", "gist", "brief", "tl;", "digest", "highlights", "headlines", "synopsis", "bullet", "latest",
            "update", "catch me", "bring me", "key ", "sum up", "what's", "what is", "what are", "give me", "any news", "please", "takeaways",
        };
        var requests = IntentDataReader.Read(Path.Combine(AppContext.BaseDirectory, "prompts", file)).Where(e => e.Intent == Intent.Summary).ToList();

        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.DoesNotContain(framing, f => Summarizer.Topic(r.Text).StartsWith(f, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("What's the latest on the Torkham crossing?", true)]
    [InlineData("any updates regarding the Iran talks", true)]
    [InlineData("what's new with the TTP?", true)]
    [InlineData("summarize the Torkham border talks", false)]
    [InlineData("summarize the news on the NATO strike", false)]
    public void AsksForLatest_LatestUpdatesOrNew(string utterance, bool expected) => Assert.Equal(expected, Summarizer.AsksForLatest(utterance));

    [Theory]
    [InlineData("Iran sought cooperation.", "Iran", true)]
    [InlineData("Iranian soil was used.", "Iran", true)]
    [InlineData("the use of Iranian soil", "US", false)]
    [InlineData("two top US military commanders", "US", true)]
    [InlineData("US-Pakistani ties", "US", true)]
    [InlineData("a visit to the ISI office", "ISI", true)]
    [InlineData("a visit to the office", "ISI", false)]
    // A name typed without its accents is the story's name with them.
    [InlineData("Ranchers gathered in the northern city of Tacuarembó on Saturday.", "Tacuarembo", true)]
    [InlineData("Erdoğan spoke on Monday.", "Erdogan", true)]
    public void Mentions_AcronymOnlyAsItselfInCapitals_OtherNamesAtAWordStart(string body, string name, bool expected) =>
        Assert.Equal(expected, Summarizer.Mentions(body, name));
}
