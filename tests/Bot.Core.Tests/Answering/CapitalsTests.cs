using Bot.Core.Answering;
using Bot.Core.Retrieval;

namespace Bot.Core.Tests.Answering;

public sealed class CapitalsTests
{
    [Theory]
    [InlineData("How many proposals were made for resetting relations with Washington?", "The committee made 40 recommendations for resetting Pakistan-US ties.", "How many proposals were made for resetting relations with US?")]
    [InlineData("What did the Kremlin say about the gas deal?", "Russia said the gas deal would stand.", "What did the Russia say about the gas deal?")]
    [InlineData("Why did New Delhi recall its envoy?", "India recalled its envoy after the attack.", "Why did India recall its envoy?")]
    // The country as the passages write it: the first of its forms they use.
    [InlineData("Did Beijing raise tariffs?", "Chinese officials said China raised tariffs on steel.", "Did China raise tariffs?")]
    [InlineData("Did London back the plan?", "British ministers backed the plan.", "Did British back the plan?")]
    // A country by another of its names.
    [InlineData("Is the chip firm moving to America?", "The company has no plans to move to the US.", "Is the chip firm moving to US?")]
    // A nationality no article uses is read as its country.
    [InlineData("Which Welsh plant is Halvern shutting?", "Halvern will close its factory in Wrexham, north Wales.", "Which Wales plant is Halvern shutting?")]
    [InlineData("Who bought the Norwegian shipping firm?", "Stena bought a shipping firm based in Bergen, Norway.", "Who bought the Norway shipping firm?")]
    [InlineData("How many Barbadian houses were damaged?", "In Barbados, 640 houses were damaged by flooding.", "How many Barbados houses were damaged?")]
    [InlineData("Who coaches the Fijian side?", "Fiji named a new sevens coach on Monday.", "Who coaches the Fiji side?")]
    public void Substitute_ASeatNoArticleUses_BecomesItsCountryAsThePassagesWriteIt(string question, string passage, string expected)
    {
        using var corpus = new LexicalIndex([(passage, "Story")]);

        Assert.Equal(expected, Capitals.Substitute(question, corpus, [passage]));
    }

    [Theory]
    // The articles use the seat: it may be the state, the city or a person.
    [InlineData("Where did Washington cross the river?", "Washington crossed the Delaware with the US army.")]
    // No passage writes the country: the question stays one the articles do not cover.
    [InlineData("What did Washington say about the talks?", "Iran and Pakistan held talks on border security.")]
    // The articles use the nationality.
    [InlineData("Which Welsh plant is Halvern shutting?", "Halvern will close its Welsh factory in Wrexham.")]
    // Not a seat in the table.
    [InlineData("What did Gwadar's port handle?", "Pakistan's port handled record cargo.")]
    public void Substitute_WhenTheSeatIsUsedOrItsCountryIsNot_ChangesNothing(string question, string passage)
    {
        using var corpus = new LexicalIndex([(passage, "Story")]);

        Assert.Null(Capitals.Substitute(question, corpus, [passage]));
    }

    [Fact]
    public void Candidates_AreTheSeatsTheQuestionNames_CaseSensitive()
    {
        Assert.Equal(["Washington", "New Delhi", "Delhi"], Capitals.Candidates("Did Washington and New Delhi sign the deal, or did paris?"));
    }

    [Theory]
    [InlineData("Britain", "UK")]
    [InlineData("British", "United Kingdom")]
    [InlineData("America", "US")]
    // Read both ways, and a people in the plural as their adjective.
    [InlineData("France", "French")]
    [InlineData("Scottish", "Scotland")]
    [InlineData("Scotland", "Scottish")]
    [InlineData("Americans", "United States")]
    [InlineData("US", "American")]
    [InlineData("Mexico", "Mexican")]
    // A people's nickname: "the Kiwi prop" over a story that writes "New Zealand".
    [InlineData("Kiwi", "New Zealand")]
    [InlineData("New Zealand", "New Zealander")]
    public void OtherNames_OfACountry_HoldItsOtherNames(string name, string other) =>
        Assert.Contains(other, Capitals.OtherNames(name));

    [Theory]
    // A seat is a city first: "most in London" is not said of the UK.
    [InlineData("London")]
    [InlineData("Harwick")]
    // Brussels is the seat of Belgium and of the EU, which are not one another.
    [InlineData("EU")]
    [InlineData("Belgium's")]
    public void OtherNames_OfASeatOrAnotherName_AreNone(string name) =>
        Assert.Empty(Capitals.OtherNames(name));
}
