using Bot.Core.Conversation;

namespace Bot.Core.Tests.Conversation;

public sealed class ClaimNumbersTests
{
    [Theory]
    [InlineData("the health secretary promised 10,000 nurses", "The health secretary has promised to recruit 5,000 extra nurses in England by 2026.", "10,000", "5,000")]
    [InlineData("Vellmark sold 2 million cars last year", "Vellmark sold 1.4 million cars last year, down 8% on 2022.", "2", "1.4")]
    [InlineData("Harbour Foods shares rose 3p", "Quarterly profits at Harbour Foods rose 41% to £212m.", "3p", "£212m")]
    [InlineData("profits rose 14%", "Quarterly profits rose 41% to £212m.", "14%", "41%")]
    [InlineData("PixelRiver was founded in 2016", "PixelRiver, founded in 2015 in Tallinn, makes Tile Tower.", "2016", "2015")]
    public void Contradicted_AnotherNumberOfTheSameKind(string claim, string sentence, string claimed, string said) =>
        Assert.Equal((claimed, said), ClaimNumbers.Contradicted(claim, sentence));

    [Theory]
    // The sentence states the claim's number, or none of its kind: the year may be written elsewhere in the story.
    [InlineData("Vellmark will spend 5bn euros on electric models", "It plans to spend 5bn euros on electric models by 2027.")]
    [InlineData("Joseph Swan lectured at the library in 1880", "The theatre was lit during a lecture by Joseph Swan on 20 October 1880.")]
    [InlineData("the Soviet Union deployed its army into Afghanistan in 1979", "The Soviet Union deployed its 40th Army into Afghanistan.")]
    // Numbers of other things are no contradiction: 24 soldiers is not a count of yards.
    [InlineData("24 soldiers were killed", "The strike, 300 yards from the border, killed two dozen soldiers.")]
    public void Contradicted_NotWhenTheSentenceStatesNoOtherNumberOfTheSameKind(string claim, string sentence) =>
        Assert.Null(ClaimNumbers.Contradicted(claim, sentence));

    [Theory]
    [InlineData("shares rose 3p", "Shares in the company rose 3p to 288p.", true)]
    [InlineData("shares rose 3p", "Profits rose 41%.", false)]
    [InlineData("10,000 nurses", "10000 nurses", true)]
    public void Holds_EveryNumberOfTheClaim(string claim, string sentence, bool expected) =>
        Assert.Equal(expected, ClaimNumbers.Holds(claim, sentence));
}
