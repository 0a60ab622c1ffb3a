using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class CountQuestionTests
{
    [Theory]
    [InlineData("How many schools get them first?", "school")]
    [InlineData("how many new schools will be built?", "school")]
    // A name or a model number before what is counted is passed over; a name before a verb is what is counted.
    [InlineData("How many Lumen users were caught up in the hack?", "user")]
    [InlineData("How many Nova 8 handsets are being called back?", "handset")]
    [InlineData("How many Americans were killed?", "american")]
    [InlineData("How much did it cost?", null)]
    [InlineData("Who opened the school?", null)]
    public void Counted_IsTheWordAfterHowMany(string question, string? expected) =>
        Assert.Equal(expected, CountQuestion.Counted(question));

    [Theory]
    [InlineData("The scheme will be rolled out with 750 schools in the most deprived areas taking part.", true)]
    [InlineData("About 1,200 primary schools will take part.", true)]
    [InlineData("Twelve state schools have signed up.", true)]
    [InlineData("She said she would close about 120 of the trust's smaller schools over two years.", true)]
    // Many is not how many.
    [InlineData("£80m spread across thousands of schools will not go very far.", false)]
    // A number of something else.
    [InlineData("The 750 pupils of the school will take part.", false)]
    [InlineData("Every primary school in England will be able to offer free breakfast clubs.", false)]
    public void Gives_ANumberJustBeforeTheCountedWord(string sentence, bool expected) =>
        Assert.Equal(expected, CountQuestion.Gives(sentence, "school"));

    [Theory]
    [InlineData("A study reported that 9.6% of students claim to have received unwanted attention.", true)]
    [InlineData("In crowded cities, as much as 50 per cent of the population died.", true)]
    [InlineData("Profits at Dunmore Breweries have fallen 9% after a wet summer.", false)]
    public void SharesOut_AShareOfSomething(string sentence, bool expected) =>
        Assert.Equal(expected, CountQuestion.SharesOut(sentence));
}
