using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class ClaimNumbersTests
{
    [Theory]
    [InlineData("the health secretary promised 10,000 nurses", "The health secretary has promised to recruit 5,000 extra nurses in England by 2026.", "10,000", "5,000")]
    [InlineData("Vellmark sold 2 million cars last year", "Vellmark sold 1.4 million cars last year, down 8% on 2022.", "2", "1.4")]
    [InlineData("Harbour Foods shares rose 3p", "Quarterly profits at Harbour Foods rose 41% to £212m.", "3p", "£212m")]
    [InlineData("the deal is worth 5bn euros", "The deal is worth £4bn.", "5bn", "£4bn")]
    [InlineData("profits rose 14%", "Quarterly profits rose 41% to £212m.", "14%", "41%")]
    [InlineData("Calder Bank is cutting 2,000 jobs", "Calder Bank is to cut 1,150 jobs in the UK as it moves customer service and back-office work to India.", "2,000", "1,150")]
    [InlineData("PixelRiver was founded in 2016", "PixelRiver, founded in 2015 in Tallinn, makes Tile Tower.", "2016", "2015")]
    [InlineData("Kes Obi got five Brit nominations", "Close behind with four nominations each were Kes Obi and Isla Maccallum.", "five", "four")]
    public void Contradicted_AnotherNumberOfTheSameKind(string claim, string sentence, string claimed, string said) =>
        Assert.Equal((claimed, said), ClaimNumbers.Contradicted(claim, sentence));

    [Theory]
    // The sentence states the claim's number, or none of its kind: the year may be written elsewhere in the story.
    [InlineData("Vellmark will spend 5bn euros on electric models", "It plans to spend 5bn euros on electric models by 2027.")]
    [InlineData("Joseph Swan lectured at the library in 1880", "The theatre was lit during a lecture by Joseph Swan on 20 October 1880.")]
    [InlineData("the Soviet Union deployed its army into Afghanistan in 1979", "The Soviet Union deployed its 40th Army into Afghanistan.")]
    // Numbers of other things are no contradiction: 24 soldiers is not a count of yards.
    [InlineData("24 soldiers were killed", "The strike, 300 yards from the border, killed two dozen soldiers.")]
    // "6m people" is a count, not a sum: "£400m" is no other amount of it.
    [InlineData("the show has been watched by upwards of 6m people", "The show has taken more than £400m at the box office.")]
    public void Contradicted_NotWhenTheSentenceStatesNoOtherNumberOfTheSameKind(string claim, string sentence) =>
        Assert.Null(ClaimNumbers.Contradicted(claim, sentence));

    [Theory]
    [InlineData("shares rose 3p", "Shares in the company rose 3p to 288p.", true)]
    [InlineData("shares rose 3p", "Profits rose 41%.", false)]
    [InlineData("10,000 nurses", "10000 nurses", true)]
    [InlineData("Kes Obi got five Brit nominations", "Kes Obi is shortlisted in four categories.", false)]
    [InlineData("Harbour Lights got five nominations", "Harbour Lights have been nominated for five Brit Awards.", true)]
    public void Holds_EveryNumberOfTheClaim(string claim, string sentence, bool expected) =>
        Assert.Equal(expected, ClaimNumbers.Holds(claim, sentence));

    [Theory]
    // The number is the claim: a story that never gives it does not make it.
    [InlineData("the migraine jab cut attacks to fewer than three days a month", "A monthly injection has cut migraine days by around half. Patients reported an average of 5.8 days.", "three")]
    [InlineData("the council will save £18m a year", "The council faces a funding gap of £12m.", "£18m")]
    // A count must count the same thing.
    [InlineData("attacks fell to three days a month", "Migraine is about three times more common in women.", "three")]
    [InlineData("Hoshikawa Electric is cutting 1,200 jobs", "Kanemura said it would shed 1,200 staff at factories in Malaysia.", "1,200")]
    // A number inside a name counts nothing the claim names ("CHP-2 to gas").
    [InlineData("the conversion of CHP-2 to gas", "The conversion of Plant No. 2 from coal to gas was delayed.", "2")]
    public void Unwritten_TheClaimsNumberTheStoryNeverGives(string claim, string story, string unwritten) =>
        Assert.Equal(unwritten, ClaimNumbers.Unwritten(claim, story));

    [Theory]
    [InlineData("attacks fell to three days a month", "Attacks fell to 3 days a month.")]
    [InlineData("300 jobs will go", "The firm said 300 jobs would go.")]
    // Years, 1 ("grade 1" for "grade I") and numbers in names ("Super Bowl 50") are no counts.
    [InlineData("the plant opened in 1998", "The plant opened on Monday.")]
    [InlineData("the market was listed grade 1", "The market was listed grade I.")]
    [InlineData("Fox coached each Super Bowl 50 team", "Both teams were coached by John Fox.")]
    // An ordinal gives its count in its own words.
    [InlineData("a Welsh player reached 50 international appearances", "The crowd also saw Welsh captain Mark Tudor win his 50th cap.")]
    // A count the claim follows with no noun counts what the story's does; a count of the story followed by "of" counts what
    // comes after it.
    [InlineData("the Eagles' big forward kicked four on his own", "West Coast key forward Harley Osei kicked four goals in a lone hand.")]
    [InlineData("a durian grower losing more than 300 trees to salt water", "He said he had lost more than 300 of his 800 trees after salty water seeped in.")]
    public void Unwritten_NullWhenTheStoryGivesEveryCount(string claim, string story) =>
        Assert.Null(ClaimNumbers.Unwritten(claim, story));
}
