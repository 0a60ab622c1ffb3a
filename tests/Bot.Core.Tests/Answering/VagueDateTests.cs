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

    [Theory]
    [InlineData("when does the kehinde alabi case resume in court", true)]
    [InlineData("When is the National Bank of Solvenia's next rate-setting meeting?", true)]
    [InlineData("when are the jinja bridge works supposed to wrap up", true)]
    [InlineData("When will the LTFRB sit down with the STLP?", true)]
    // What happened, and a custom rather than what is to come.
    [InlineData("When did Desmond Rowe get the top job at the JCF?", false)]
    [InlineData("When was the first case confirmed?", false)]
    [InlineData("When is the Wianki festival held?", false)]
    public void AheadAsked_TheDateOfWhatIsStillToCome(string question, bool expected) =>
        Assert.Equal(expected, VagueDate.AheadAsked(question));

    [Theory]
    [InlineData("She adjourned the case to 20 February.", true)]
    [InlineData("The bank's next meeting is scheduled for December 14.", true)]
    [InlineData("Works are due to be completed by 30 June.", true)]
    // A date of what has happened, and a sentence that looks ahead but gives no date.
    [InlineData("An Ikeja Magistrates' Court on Wednesday ordered that the driver be remanded in custody.", false)]
    [InlineData("The court will rule in due course.", false)]
    public void GivesAhead_ADateOfWhatIsStillToCome(string sentence, bool expected) =>
        Assert.Equal(expected, VagueDate.GivesAhead(sentence));
}
