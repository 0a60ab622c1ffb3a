using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

/// <summary>The shared analysis joins the spellings readers and writers mix, so search and coverage see one term.</summary>
public sealed class EnglishTermsTests
{
    [Theory]
    [InlineData("Erdogan", "Erdoğan")]
    [InlineData("Beyonce's tour", "Beyoncé’s tour")]
    [InlineData("Gdansk shipyard", "Gdańsk shipyard")]
    [InlineData("naive facade", "naïve façade")]
    [InlineData("defence ministers", "defense minister")]
    public void Analyze_SpellingsReadersMix_GiveTheSameTerms(string asked, string written) =>
        Assert.Equal(EnglishTerms.Analyze(written), EnglishTerms.Analyze(asked));

    [Theory]
    [InlineData("Céleron", "Céloron")]
    [InlineData("Iran", "Iraq")]
    public void Analyze_DifferentNames_StayApart(string one, string other) =>
        Assert.NotEqual(EnglishTerms.Analyze(one), EnglishTerms.Analyze(other));
}
