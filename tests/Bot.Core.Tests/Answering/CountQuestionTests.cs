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

    [Theory]
    [InlineData("how many litres of diesel leaked from the ferry?", true)]
    [InlineData("How many hectares did the fire burn?", true)]
    [InlineData("How many miles east of Berlin is Warsaw?", true)]
    [InlineData("How many schools get them first?", false)]
    [InlineData("How much did it cost?", false)]
    public void AsksMeasure_WhenAUnitIsCounted(string question, bool expected) =>
        Assert.Equal(expected, CountQuestion.AsksMeasure(question));

    [Theory]
    [InlineData("how many litres of diesel leaked?", "About 4,500 litres of diesel leaked from a damaged tank.", true)]
    [InlineData("how many litres of diesel leaked?", "A small amount of diesel leaked from a damaged tank.", false)]
    [InlineData("How many kilometres long is the new line?", "The 38km line will open in May.", true)]
    [InlineData("How many kilometres long is the new line?", "The line, a 38-kilometre link, will open in May.", true)]
    // News converts or not as it likes: kilometres answer a question in miles.
    [InlineData("How many miles east of Berlin is Warsaw?", "Warsaw lies about 525 km (325 mi) from Berlin.", true)]
    [InlineData("How many miles east of Berlin is Warsaw?", "Warsaw lies east of Berlin.", false)]
    [InlineData("How many hectares did the fire burn?", "The fire grew to 8,750 hectares at its peak.", true)]
    public void GivesMeasure_AFigureInAUnitOfTheMeasure(string question, string sentence, bool expected) =>
        Assert.Equal(expected, CountQuestion.GivesMeasure(question, sentence));
}
