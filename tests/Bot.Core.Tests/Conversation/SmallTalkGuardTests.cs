using Bot.Core.Conversation.Intents;

namespace Bot.Core.Tests.Conversation;

public sealed class SmallTalkGuardTests
{
    [Theory]
    [InlineData("hi there!")]
    [InlineData("thanks a lot, bye")]
    [InlineData("what can you do?")]
    [InlineData("are you a robot?")]
    [InlineData("HELLO")]
    [InlineData("how's it going")]
    public void Allows_MessageWithoutContentWords_ReturnsTrue(string utterance) =>
        Assert.True(SmallTalkGuard.Allows(utterance));

    [Theory]
    [InlineData("and Iran?")]
    [InlineData("Was anyone arrested?")]
    [InlineData("what about it?")]
    [InlineData("and then?")]
    [InlineData("also the US?")]
    [InlineData("thanks, who won 2 seats?")]
    [InlineData("hi, is the port closed")]
    public void Allows_ContentWordOrFollowUpOpening_ReturnsFalse(string utterance) =>
        Assert.False(SmallTalkGuard.Allows(utterance));

    [Fact]
    public void Allows_EverySmallTalkTrainingExample_ReturnsTrue()
    {
        var smallTalk = IntentDataReader.Read(Path.Combine(AppContext.BaseDirectory, "prompts", "intents.tsv"))
            .Where(e => e.Intent == Intent.SmallTalk).Select(e => e.Text);

        Assert.All(smallTalk, text => Assert.True(SmallTalkGuard.Allows(text), $"\"{text}\" has a word outside the small-talk vocabulary"));
    }
}
