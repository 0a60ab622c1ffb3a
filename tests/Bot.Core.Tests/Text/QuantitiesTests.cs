using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class QuantitiesTests
{
    // A claim's amount in the reader's words, and a sentence that states it in the story's.
    [Theory]
    [InlineData("a quarter of homes sit empty", "one in four homes now stands empty", "a quarter")]
    [InlineData("over 50% of the shortfall", "accounted for more than half of the shortfall", "over 50%")]
    [InlineData("more than three in five firms", "62 per cent expected takings to fall", "more than three in five")]
    [InlineData("unseen for three decades", "out of public view for 30 years", "three decades")]
    [InlineData("fans raised thirty-eight thousand pounds", "supporters had raised £38,000", "thirty-eight thousand pounds")]
    [InlineData("emailed bosses more than a dozen times", "had sent 14 emails to senior managers", "more than a dozen")]
    [InlineData("up to a year and a half's pay", "a package worth up to eighteen months' salary", "up to a year and a half")]
    [InlineData("around four in five children", "uptake stands at 79 per cent", "around four in five")]
    [InlineData("scrapped in the 19th century", "which was abolished in 1894", "the 19th century")]
    [InlineData("scrapped in the 19th century", "It was abolished in 1894.", "the 19th century")]
    [InlineData("photos wiped within a day", "deleted within 24 hours", "a day")]
    [InlineData("dividend up by a tenth", "raise its final dividend by 10% to 8.8p a share", "a tenth")]
    [InlineData("watched by upwards of 6m people", "has been seen by more than six million people in London", "upwards of 6m")]
    [InlineData("hundreds of rural exchanges", "There are still 340 telephone exchanges", "hundreds")]
    [InlineData("thousands of fans", "a crowd of 9,500 fans", "thousands")]
    // An open amount whose value falls inside a closed one: "more than 6,000" are thousands.
    [InlineData("thousands of residents petitioned", "More than 6,000 people had signed a petition against the closures", "thousands")]
    [InlineData("the survey covered just over four thousand homes", "The survey of 4,200 households", "just over four thousand")]
    [InlineData("cut rates by half a percentage point", "lowered its rate by 50 basis points", "half a percentage point")]
    [InlineData("went up by more than a fifth", "rates rose by about 22 per cent", "more than a fifth")]
    // Sums in the world's currencies, written by symbol, code or name, with the scales news uses.
    [InlineData("the province paid close to R3m", "The investigation cost R2.8-million", "close to R3m")]
    [InlineData("might raise up to 15 billion pesos", "could raise as much as P15 billion", "up to 15 billion pesos")]
    [InlineData("a fine of about 200,000 som", "a fine of 200,000 som", "about 200,000 som")]
    [InlineData("a ₹740 crore issue", "a fresh issue of Rs 740 crore", "₹740 crore")]
    [InlineData("owed about 2.8 billion shillings", "is owed KSh 2.8 billion by the Treasury", "about 2.8 billion shillings")]
    [InlineData("fined Dh1.2m", "was fined Dh1.2 million", "Dh1.2m")]
    [InlineData("bail of 12,000 pesos each", "posted bail of P12,000 each", "12,000 pesos")]
    [InlineData("nearly 50 billion tenge", "an offer of 48.5 billion tenge", "nearly 50 billion tenge")]
    [InlineData("a 612 billion naira budget", "passed a ₦612.4bn appropriation bill", "612 billion naira")]
    [InlineData("worth four million Norwegian kroner", "the municipality gave NOK 4 million", "four million Norwegian kroner")]
    [InlineData("the lecturers' 9.8bn", "release the KSh 9.8 billion it is demanding", "9.8bn")]
    public void StatedPhrases_SameAmountInOtherWords_IsFound(string claim, string sentence, string phrase) =>
        Assert.Equal([phrase], Quantities.StatedPhrases(claim, sentence));

    // Another amount, another dimension, or the same words (which the number checks read as they are).
    [Theory]
    [InlineData("a quarter of homes sit empty", "one in three homes now stands empty")]
    [InlineData("more than half of the shortfall", "accounted for 40 per cent of the shortfall")]
    [InlineData("unseen for three decades", "out of public view for 30 months")]
    [InlineData("fans raised thirty-eight thousand pounds", "supporters had raised $38,000")]
    [InlineData("fewer than three days a month", "cut migraine days to 5.8 days a month")]
    [InlineData("more than a dozen times", "had sent 9 emails")]
    [InlineData("hundreds of rural exchanges", "There are still 34 telephone exchanges")]
    [InlineData("hundreds of rural exchanges", "There are still 2,000 telephone exchanges")]
    [InlineData("hundreds of rural exchanges", "There are more than 2,000 telephone exchanges")]
    [InlineData("scrapped in the 19th century", "which was abolished in 1904")]
    [InlineData("a quarter of homes", "a quarter of homes stand empty")]
    [InlineData("five-year-olds in the town", "five children were taken to hospital")]
    // "1.2 million" is no 2 (the digits after its point) and no two million.
    [InlineData("sold two million units", "sold 1.2 million units in Japan")]
    [InlineData("sold 2 units", "sold 1.2 million units in Japan")]
    // Two amounts with no top meet, but one far below the other does not state it.
    [InlineData("watched by upwards of 6m people", "staged more than 4,600 times")]
    // Fifty basis points are half a percentage point, not a whole one.
    [InlineData("cuts rates by a full percentage point", "lowered its benchmark interest rate by 50 basis points")]
    // A share written to a decimal is read to that decimal: 7.2% is no 6.5%.
    [InlineData("voted to reject a 7.2% pay offer", "The company has offered a rise of 6.5 per cent")]
    // Another currency, or another sum in the same one.
    [InlineData("the province paid close to R3m", "The investigation cost $2.8 million")]
    [InlineData("the province paid close to R5m", "The investigation cost R2.8-million")]
    [InlineData("a ₹740 crore issue", "a fresh issue of Rs 74 crore")]
    // A letter before a bare number is no sum: the P15 bus.
    [InlineData("fifteen pesos", "took the P15 bus")]
    public void StatedPhrases_OtherAmountOrSameWords_IsNone(string claim, string sentence) =>
        Assert.Empty(Quantities.StatedPhrases(claim, sentence));

    [Fact]
    public void WithoutStated_LeavesTheRestOfTheClaim()
    {
        string rest = Quantities.WithoutStated("the figurehead has been unseen for three decades", "out of public view for 30 years");

        Assert.DoesNotContain("three", rest, StringComparison.Ordinal);
        Assert.StartsWith("the figurehead has been unseen for", rest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("about 340 nurses", Quantities.Dimension.Count, 306, 374)]
    [InlineData("more than half", Quantities.Dimension.Share, 0.47, double.MaxValue)]
    [InlineData("the 1990s", Quantities.Dimension.Year, 1990, 1999)]
    [InlineData("£3.2m", Quantities.Dimension.Money, 3_184_000, 3_216_000)]
    [InlineData("sold 1.2 million units", Quantities.Dimension.Count, 1_200_000, 1_200_000)]
    [InlineData("seen by upwards of 6m people", Quantities.Dimension.Count, 6_000_000, double.MaxValue)]
    [InlineData("two million units", Quantities.Dimension.Count, 2_000_000, 2_000_000)]
    [InlineData("a 62% share", Quantities.Dimension.Share, 0.615, 0.625)]
    [InlineData("lowered its rate by 50 basis points", Quantities.Dimension.Points, 0.499, 0.501)]
    [InlineData("a cut of 25bp", Quantities.Dimension.Points, 0.249, 0.251)]
    [InlineData("cut rates by a full percentage point", Quantities.Dimension.Points, 0.9, 1.1)]
    [InlineData("half a percentage point", Quantities.Dimension.Points, 0.4, 0.6)]
    [InlineData("a 7.2% pay offer", Quantities.Dimension.Share, 0.0715, 0.0725)]
    [InlineData("Rs 740 crore", Quantities.Dimension.Money, 7_363_000_000, 7_437_000_000)]
    [InlineData("₹25.08 lakh crore", Quantities.Dimension.Money, 24_954_600_000_000, 25_205_400_000_000)]
    [InlineData("KSh 4.2 billion", Quantities.Dimension.Money, 4_179_000_000, 4_221_000_000)]
    [InlineData("a bonus of S/ 6,500", Quantities.Dimension.Money, 6_467.5, 6_532.5)]
    public void In_ReadsTheRangeAnAmountAllows(string text, Quantities.Dimension dimension, double low, double high)
    {
        var amount = Assert.Single(Quantities.In(text));

        Assert.Equal(dimension, amount.Dimension);
        Assert.Equal(low, amount.Low, 4);
        Assert.Equal(high, amount.High, 4);
    }

    // A code and its currency's name are one currency: a claim's "250,000 tala" is the story's "WST 250,000".
    [Theory]
    [InlineData("WST 250,000", "250,000 tala")]
    [InlineData("S/ 6,500", "6,500 soles")]
    [InlineData("Bs 38,000", "38,000 bolivianos")]
    public void In_ACodeAndItsName_Agree(string code, string name) =>
        Assert.True(Assert.Single(Quantities.In(code)).Agrees(Assert.Single(Quantities.In(name))));
}
