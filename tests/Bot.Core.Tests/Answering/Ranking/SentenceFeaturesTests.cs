using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;

namespace Bot.Core.Tests.Answering.Ranking;

public sealed class SentenceFeaturesTests
{
    private static readonly HashSet<string> Question = new(["minister", "open", "bridge"], StringComparer.Ordinal);

    [Theory]
    [InlineData("minister open bridge", 1.0)]
    [InlineData("minister x open y bridge", 0.6)]
    [InlineData("bridge a b c d e f g h minister", 0.2)]
    [InlineData("bridge only", 1.0)]
    [InlineData("nothing here", 0.0)]
    [InlineData("minister a a a a a bridge minister", 1.0)]
    public void Proximity_MatchedTermsCloseTogether_ScoreHigher(string sentence, double expected) =>
        Assert.Equal(expected, SentenceFeatures.Proximity(Question, sentence.Split(' ')), precision: 3);

    [Theory]
    [InlineData("What did Iran ask Pakistan for?", "pakistan ask crack down", 1)]
    [InlineData("What did Iran ask Pakistan for?", "iran sought cooperation pakistan", 0)]
    [InlineData("What did Iran ask Pakistan for?", "weather today", 2)]
    [InlineData("What did the envoy ask for?", "weather today", 0)]
    public void ArticleMissedNames_CountsTheQuestionsNamesTheStoryNeverUses(string question, string article, int expected)
    {
        using var lexical = new Bot.Core.Retrieval.LexicalIndex([]);
        var profile = QuestionProfile.From(question, lexical);

        Assert.Equal(expected, SentenceFeatures.ArticleMissedNames(profile, Terms(article)));
    }

    // "In the women's race, … won" never names the marathon; its story's headline does, and so the story is the one asked about.
    [Fact]
    public void ArticleMissedNames_ReadsTheStorysHeadline()
    {
        using var lexical = new Bot.Core.Retrieval.LexicalIndex([]);
        var profile = QuestionProfile.From("Who won the women's race at Eldoret?", lexical);
        var candidates = CandidateSentence.From([
            Hit("sport/001.txt", "In the women's race, Cherono Jeptanui won in 2:21:58.", headline: "Chesang-Too breaks Eldoret course record on marathon debut"),
            Hit("sport/002.txt", "In the women's race, Sarah Mwangi won in 2:18:52.", headline: "Mwangi and Kiprono win in London"),
        ]);

        var rows = SentenceFeatures.Compute(profile, candidates);

        int missed = Array.IndexOf(SentenceFeatures.Names, "article_missed_names");
        Assert.Equal([0f, 1f], rows.Select(r => r[missed]));
    }

    private static Bot.Core.Retrieval.SearchHit Hit(string article, string text, string headline) =>
        new(Bot.Core.Tests.Retrieval.InMemoryVectorStoreTests.Chunk(article, text) with { Title = headline }, 1, 1, 1);

    [Fact]
    public void ArticleCoverage_TheStoryThatNamesTheSubjectCoversMore()
    {
        using var lexical = new Bot.Core.Retrieval.LexicalIndex([]);
        var profile = QuestionProfile.From("What did Iran ask Pakistan for?", lexical);

        double iran = SentenceFeatures.ArticleCoverage(profile, Terms("iran sought cooperation pakistan"));
        double us = SentenceFeatures.ArticleCoverage(profile, Terms("us ask pakistan crack down"));

        Assert.True(iran > 0 && us > 0 && iran <= 1, $"iran {iran}, us {us}");
        Assert.Equal(1.0, SentenceFeatures.ArticleCoverage(profile, Terms("iran ask pakistan")), precision: 3);
    }

    // Article terms as the analyser writes them (stemmed, lower case): analysing plain words gives the same forms.
    private static HashSet<string> Terms(string words) => Bot.Core.Text.EnglishTerms.Analyze(words).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Names_MatchTheFeatureVector() =>
        Assert.Equal(SentenceFeatures.Count, SentenceFeatures.Names.Length);
}

public sealed class NoveltyTests
{
    [Theory]
    [InlineData("Which minister opened the new bridge?", "A new bridge was opened.", 0.0)]
    [InlineData("Which minister opened the new bridge?", "Minister Ahmed Khan opened the bridge.", 0.4)]
    [InlineData("How many soldiers died?", "Twenty-four soldiers died in the strike.", 0.6)]
    public void Novelty_RestatingTheQuestion_AddsNothing(string question, string sentence, double expected)
    {
        using var lexical = new Bot.Core.Retrieval.LexicalIndex([]);
        var profile = QuestionProfile.From(question, lexical);

        Assert.Equal(expected, SentenceFeatures.Novelty(profile, Bot.Core.Text.EnglishTerms.Analyze(sentence)), precision: 2);
    }
}
