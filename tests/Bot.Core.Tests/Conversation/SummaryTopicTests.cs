using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

/// <summary>The summary's framing ("summarise the news on …", "… story") is cut away, so only the topic is searched and named.</summary>
public sealed class SummaryTopicTests
{
    [Theory]
    [InlineData("summarize the Torkham border talks", "Torkham border talks")]
    [InlineData("Summarize the news on the NATO strike", "NATO strike")]
    [InlineData("Give me a brief summary of the coverage about Gwadar", "Gwadar")]
    [InlineData("Summarise the ISI story", "ISI")]
    [InlineData("recap of the Peshawar attack coverage", "Peshawar attack")]
    [InlineData("summary of the Iran reports", "Iran")]
    [InlineData("Summarize the news", "news")]
    public void Topic_DropsTheFraming(string utterance, string topic) => Assert.Equal(topic, Summarizer.Topic(utterance));
}
