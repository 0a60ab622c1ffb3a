using System.Globalization;
using Bot.Core.Answering.Ranking;

namespace Bot.Core.Tests.Answering.Ranking;

public sealed class PassageFeaturesTests
{
    // Candidates (passage rank, probability) → per passage: best, second, sum, gap to the pool's best, sentences.
    [Theory]
    [InlineData("0:0.9 0:0.2 1:0.5", 0, "0.9 0.2 1.1 0 2")]
    [InlineData("0:0.9 0:0.2 1:0.5", 1, "0.5 0 0.5 0.4 1")]
    [InlineData("2:0.1 2:0.3 2:0.2", 2, "0.3 0.2 0.6 0 3")]
    public void From_SummarisesEachPassagesSentences(string candidates, int passage, string expected)
    {
        var parsed = candidates.Split(' ').Select(c => c.Split(':')).Select(p => (Passage: int.Parse(p[0], CultureInfo.InvariantCulture), Probability: float.Parse(p[1], CultureInfo.InvariantCulture))).ToList();

        var rows = PassageFeatures.From(parsed.ConvertAll(p => CandidateRows.From(p.Passage)), parsed.ConvertAll(p => p.Probability));

        var values = expected.Split(' ').Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(values, rows[passage].Take(values.Length).ToArray(), new FloatTolerance());
        Assert.Equal(passage, rows[passage][Array.IndexOf(PassageFeatures.Names, "passage_rank")]);
        Assert.Equal(PassageFeatures.Count, rows[passage].Length);
    }

    private sealed class FloatTolerance : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) < 1e-5;

        public int GetHashCode(float obj) => 0;
    }
}
