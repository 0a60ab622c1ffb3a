using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class QuestionTermsTests
{
    [Theory]
    [InlineData("Who led the Afghan delegation in Rawalpindi?", "Afghan|Rawalpindi")]
    [InlineData("What did the ISI tell Obama?", "ISI|Obama")]
    // Plural acronyms are common nouns: "MPs" may be written "lawmakers", "NGOs" "aid groups".
    [InlineData("What did MPs and NGOs ask of Obama?", "Obama")]
    [InlineData("Which DVDs did the Taliban burn?", "Taliban")]
    public void Names_CapitalisedWordsAfterTheFirst_ButNotPluralAcronyms(string question, string expected) =>
        Assert.Equal(expected.Split('|'), QuestionTerms.Names(question));
}
