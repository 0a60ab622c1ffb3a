using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("How many soldiers died in the NATO strike?", "the NATO strike")]
    [InlineData("Who led the Afghan delegation?", "the Afghan delegation")]
    [InlineData("Why did the Torkham border talks fail?", "the Torkham border talks")]
    [InlineData("When was the strike that killed the soldiers?", "the strike")]
    [InlineData("What did Pakistan and Afghanistan agree?", "Pakistan and Afghanistan")]
    [InlineData("how many?", null)]
    public void Topic_IsAPhraseFromTheQuestion(string question, string? topic)
    {
        Assert.Equal(topic, Suggestions.Topic(question));
    }
}
