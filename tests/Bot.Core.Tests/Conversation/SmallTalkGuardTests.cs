using Bot.Core.Conversation.Intents;

namespace Bot.Core.Tests.Conversation;

public sealed class SmallTalkGuardTests
{
    [Theory]
    [InlineData("hi there!", true)]
    [InlineData("thanks a lot, bye", true)]
    [InlineData("what can you do?", true)]
    [InlineData("are you a robot?", true)]
    [InlineData("HELLO", true)]
    [InlineData("how's it going", true)]
    [InlineData("and Iran?", false)]
    [InlineData("Was anyone arrested?", false)]
    [InlineData("what about it?", false)]
    [InlineData("and then?", false)]
    [InlineData("also the US?", false)]
    [InlineData("thanks, who won 2 seats?", false)]
    [InlineData("hi, is the port closed", false)]
    // A question word standing alone asks for more of the last answer.
    [InlineData("from when?", false)]
    [InlineData("why?", false)]
    [InlineData("how many", false)]
    [InlineData("since when exactly?", false)]
    [InlineData("what?", true)]
    public void Allows_ContentWordOrFollowUpOpening_RulesOutSmallTalk(string utterance, bool expected) =>
        Assert.Equal(expected, SmallTalkGuard.Allows(utterance));

    [Fact]
    public void Allows_EverySmallTalkTrainingExample_ReturnsTrue()
    {
        var smallTalk = IntentDataReader.Read(Path.Combine(AppContext.BaseDirectory, "prompts", "intents.tsv"))
            .Where(e => e.Intent == Intent.SmallTalk).Select(e => e.Text);

        Assert.All(smallTalk, text => Assert.True(SmallTalkGuard.Allows(text), $"\"{text}\" has a word outside the small-talk vocabulary"));
    }
}
