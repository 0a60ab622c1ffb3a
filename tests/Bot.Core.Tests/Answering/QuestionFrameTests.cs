using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class QuestionFrameTests
{
    [Theory]
    [InlineData("who scored the winner pls", "who scored the winner")]
    [InlineData("Who scored the winner, please?", "Who scored the winner?")]
    [InlineData("how much did it cost thanks", "how much did it cost")]
    [InlineData("What did the minister thank the volunteers for?", "What did the minister thank the volunteers for?")]
    [InlineData("Who pleased the crowd?", "Who pleased the crowd?")]
    public void Plain_DropsAClosingCourtesy(string message, string plain) => Assert.Equal(plain, QuestionFrame.Plain(message));
}
