using Microsoft.ML;

namespace Bot.Core.Answering.Ranking;

/// <summary>Fits the passage model, which reorders the retrieved passages once their sentences are scored.</summary>
/// <remarks>
/// It is stacked on the sentence model's out-of-fold probabilities, as the answerability model is, so it
/// learns from the kind of scores it will see on new questions. A passage is positive when one of its
/// sentences holds the answer; only questions with an answer among their candidates teach it.
/// </remarks>
internal static class PassageFitting
{
    public static ITransformer Fit(IEnumerable<RankerExample> examples, IReadOnlyDictionary<RankerExample, float[]> sentenceScores, RankerSettings settings) =>
        RankerFitting.Fit(examples.Where(e => e.Labels.Any(l => l)).SelectMany(e => Rows(e, sentenceScores[e])), PassageFeatures.Count, settings);

    private static IEnumerable<RankerRow> Rows(RankerExample example, float[] scores)
    {
        var answering = Enumerable.Range(0, example.Labels.Length).Where(i => example.Labels[i])
            .Select(i => PassageFeatures.PassageOf(example.Features[i])).ToHashSet();
        return PassageFeatures.From(example.Features, scores)
            .OrderBy(p => p.Key)
            .Select(p => new RankerRow { Features = p.Value, Label = answering.Contains(p.Key), Weight = example.Weight });
    }
}
