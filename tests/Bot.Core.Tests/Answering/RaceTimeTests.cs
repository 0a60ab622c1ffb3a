using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class RaceTimeTests
{
    [Theory]
    [InlineData("What was the winning time in the men's Rotterdam marathon?", true)]
    [InlineData("Rotterdam marathon winning time?", true)]
    [InlineData("What was Durnford's finishing time?", true)]
    [InlineData("How fast did Lucy Tremlett run the marathon?", true)]
    [InlineData("What time does the match kick off?", false)]
    [InlineData("How long did the strike last?", false)]
    public void Asked_ATimeOnTheClock(string question, bool expected) =>
        Assert.Equal(expected, RaceTime.Asked(question));

    [Theory]
    [InlineData("Tesfaye won in a course record of two hours, four minutes and 38 seconds on Sunday.", true)]
    [InlineData("Kiprono, 27, finished in 1:01:48, a course record.", true)]
    [InlineData("Sam Okonjo won the men's event in 47:05.", true)]
    [InlineData("Durnford crossed the line in 16 minutes and 12 seconds.", true)]
    [InlineData("Tremlett won in two hours 24 minutes and 51 seconds.", true)]
    // A margin, a score, a time of day.
    [InlineData("His time was 59 seconds outside the world record.", false)]
    [InlineData("Kingsmere City won 3-1 at home.", false)]
    [InlineData("The race started at 9:30 am.", false)]
    public void Given_ATimeOnTheClock(string sentence, bool expected) =>
        Assert.Equal(expected, RaceTime.Given(sentence));
}
