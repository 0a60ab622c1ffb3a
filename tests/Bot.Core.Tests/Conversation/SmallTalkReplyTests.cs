using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

/// <summary>Thanks, goodbyes and acknowledgements get a short reply; greetings and requests for help get the introduction.</summary>
public sealed class SmallTalkReplyTests
{
    [Theory]
    [InlineData("thanks", "welcome")]
    [InlineData("Thank you so much!", "welcome")]
    [InlineData("cheers mate", "welcome")]
    [InlineData("ok thanks, bye", "welcome")]
    [InlineData("bye", "Goodbye")]
    [InlineData("see you later", "Goodbye")]
    [InlineData("ok", "What else")]
    [InlineData("cool", "What else")]
    [InlineData("great, got it", "What else")]
    public void ShortReply(string utterance, string expected) =>
        Assert.Contains(expected, SmallTalkReply.For(utterance)!.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("hi")]
    [InlineData("hello there")]
    [InlineData("help")]
    [InlineData("who are you?")]
    [InlineData("what can you do")]
    [InlineData("thanks, what can you do?")]
    [InlineData("good morning")]
    public void Introduction(string utterance) => Assert.Null(SmallTalkReply.For(utterance));
}
