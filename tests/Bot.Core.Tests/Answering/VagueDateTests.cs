using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class VagueDateTests
{
    [Theory]
    [InlineData("The Greenfold Festival has announced its headliners for this summer.", true)]
    [InlineData("The firm said it would open the plant next year.", true)]
    // A sum or a share dates nothing.
    [InlineData("Bus passengers face fare increases of up to 15 per cent from next month.", true)]
    [InlineData("Rents will rise by £40 a month from next year.", true)]
    // Something else in it may say when.
    [InlineData("The festival is held annually in June.", false)]
    [InlineData("The plant opened after the war ended.", false)]
    [InlineData("The plant will open in 2027.", false)]
    // No time at all.
    [InlineData("The festival has announced its headliners.", false)]
    public void Only_ASeasonOrYearWithNothingElseThatDates(string sentence, bool expected) =>
        Assert.Equal(expected, VagueDate.Only(sentence));

    [Theory]
    [InlineData("The three-day event will take place from 11 to 13 July.", true)]
    [InlineData("It opened on June 12.", true)]
    [InlineData("Tickets go on sale at 09:00 on Friday.", true)]
    [InlineData("It was built in 1887.", true)]
    [InlineData("It is expected to attract about 70,000 people.", false)]
    public void Gives_AYearADayOfAMonthOrAWeekday(string sentence, bool expected) =>
        Assert.Equal(expected, VagueDate.Gives(sentence));
}
