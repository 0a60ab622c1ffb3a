using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class TruecaseTests
{
    [Theory]
    [InlineData("who is kayani", "Gen John Allen met Kayani in Rawalpindi.", "who is Kayani")]
    [InlineData("what did helen brannagh say", "Education Secretary Helen Brannagh said £80m would be made available.", "what did Helen Brannagh say")]
    [InlineData("how did lumo buy pixelriver", "Mobile games maker Lumo Studios has bought PixelRiver for $90m.", "how did Lumo buy PixelRiver")]
    public void Recase_AnAllLowerCaseQuestion_TakesTheCapitalsOfTheNamesThePassagesWrite(string question, string passage, string expected)
    {
        Assert.Equal(expected, Truecase.Recase(question, [passage]));
    }

    [Theory]
    // Typed with capitals: left as typed.
    [InlineData("Who is john smith?", "Gen John Allen met the envoy in Kabul.")]
    // Written both ways in the passages, or only at the start of a sentence: not a name.
    [InlineData("what did the minister say", "The Minister arrived. The minister said the talks went well.")]
    [InlineData("why did talks fail", "Talks failed on Monday.")]
    // An English word is no name, though a title writes it with a capital.
    [InlineData("which base did the drones use", "The drones flew from Shamsi Air Base.")]
    // A word no article uses and no name beside it: it may be an English word the articles do not use.
    [InlineData("how much did it cost to construct", "The stadium cost $1.2bn to build.")]
    public void Recase_WhenNoNameIsWritten_ChangesNothing(string question, string passage)
    {
        Assert.Null(Truecase.Recase(question, [passage]));
    }
}
