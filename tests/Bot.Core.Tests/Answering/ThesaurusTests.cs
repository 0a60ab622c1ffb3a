using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

/// <summary>WordNet's synonyms in a common sense of each word, compared as analysed terms.</summary>
public sealed class ThesaurusTests
{
    [Theory]
    [InlineData("tiredness", "fatigue")]
    [InlineData("fatigue", "tiredness")]
    [InlineData("cut", "reduce")]
    [InlineData("cutting", "reduced")]
    [InlineData("hurt", "injury")]
    [InlineData("writer", "author")]
    [InlineData("photo", "photograph")]
    // A verb and the person who does it.
    [InlineData("directed", "director")]
    [InlineData("founder", "founded")]
    public void Same_SynonymsInACommonSense_IsTrue(string a, string b) => Assert.True(Thesaurus.Same(a, b));

    [Theory]
    // A rare sense of "go" (to die) and of "man" (a human) is left out.
    [InlineData("go", "die")]
    [InlineData("man", "human")]
    [InlineData("fatigue", "fatigue")]
    [InlineData("minister", "director")]
    [InlineData("the", "a")]
    public void Same_UnrelatedOrRareSenses_IsFalse(string a, string b) => Assert.False(Thesaurus.Same(a, b));
}
