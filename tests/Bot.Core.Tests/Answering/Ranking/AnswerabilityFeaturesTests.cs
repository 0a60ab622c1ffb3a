using Bot.Core.Answering.Ranking;

namespace Bot.Core.Tests.Answering.Ranking;

public sealed class AnswerabilityFeaturesTests
{
    [Fact]
    public void From_ReadsOnlyTheFirstPassagesWhateverThePool()
    {
        // A pool of 15 passages, and the same pool grown to 25 with a higher-scoring candidate in passage 20.
        var rows = Enumerable.Range(0, AnswerabilityFeatures.View).Select(CandidateRows.From).ToList();
        var probabilities = rows.Select((_, i) => 0.6f - (i * 0.01f)).ToList();
        var grown = rows.Concat(Enumerable.Range(AnswerabilityFeatures.View, 10).Select(CandidateRows.From)).ToList();
        var grownProbabilities = probabilities.Concat(Enumerable.Range(0, 10).Select(i => i == 5 ? 0.95f : 0.7f)).ToList();

        Assert.Equal(AnswerabilityFeatures.From(rows, probabilities), AnswerabilityFeatures.From(grown, grownProbabilities));
    }

    [Fact]
    public void From_IsAllZeroWhenNoCandidateIsInTheView()
    {
        var features = AnswerabilityFeatures.From([CandidateRows.From(AnswerabilityFeatures.View)], [0.9f]);

        Assert.All(features, f => Assert.Equal(0, f));
    }
}
