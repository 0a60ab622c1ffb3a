using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class PresentQuestionTests
{
    [Theory]
    [InlineData("where's he coaching now?", true)]
    [InlineData("where does she work these days", true)]
    [InlineData("Who currently runs the port?", true)]
    [InlineData("what's the latest cost estimate for the terminal?", true)]
    [InlineData("Who is the coach at the moment?", true)]
    [InlineData("How many goals has he scored until now?", false)]
    [InlineData("Why did they sell now that prices have fallen?", false)]
    [InlineData("Who owned the now-defunct airline?", false)]
    [InlineData("Where did he coach in 2022?", false)]
    public void Asks_HowThingsStandNow(string question, bool expected) =>
        Assert.Equal(expected, PresentQuestion.Asks(question));
}
