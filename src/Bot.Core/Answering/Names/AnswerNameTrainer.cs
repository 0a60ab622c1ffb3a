using Bot.Core.Answering.Ranking;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Bot.Core.Answering.Names;

/// <summary>One "Who …?" question with the article sentence that holds its answer.</summary>
/// <param name="Group">What the held-out folds split by (the source article), so no article is in both.</param>
public sealed record AnswerNameExample(string Question, string Sentence, IReadOnlyList<string> Answers, string Group);

/// <summary>Fits <see cref="AnswerNameModel"/>: ML.NET's L-BFGS logistic regression over every candidate name of every answer sentence.</summary>
/// <remarks>
/// Two folds by article give the held-out card and the threshold: the lowest chance at which the held-out picks are
/// right at least <c>precision</c> of the time, since a wrong name put into a follow-up sends it to the wrong person.
/// </remarks>
public static class AnswerNameTrainer
{
    /// <summary>Fits the weights on all <paramref name="examples"/> and the threshold and card on two held-out folds.</summary>
    public static AnswerNameModel Fit(IReadOnlyList<AnswerNameExample> examples, double precision = 0.8)
    {
        var described = examples.Select(e => (Example: e, Candidates: AnswerNameFeatures.Candidates(e.Question, e.Sentence)))
            .Where(d => d.Candidates.Count > 0 && d.Candidates.Any(c => Holds(d.Example, c.Text)))
            .ToList();
        // Articles alternate between the two folds in name order.
        var fold = described.Select(d => d.Example.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((group, i) => (group, i)).ToDictionary(g => g.group, g => g.i % 2, StringComparer.Ordinal);
        var heldOut = new List<(double Probability, bool Right)>();
        for (int f = 0; f < 2; f++)
        {
            var training = described.Where(d => fold[d.Example.Group] != f).ToList();
            if (training.Count == 0)
            {
                continue;
            }

            var model = FitWeights(training, threshold: 0);
            heldOut.AddRange(described.Where(d => fold[d.Example.Group] == f).Select(d => Best(model, d.Example, d.Candidates)));
        }

        double threshold = Threshold(heldOut, precision);
        var picked = heldOut.Where(h => h.Probability >= threshold).ToList();
        var card = new AnswerNameCard(
            heldOut.Count,
            Math.Round(heldOut.Count(h => h.Right) / (double)Math.Max(1, heldOut.Count), 3),
            Math.Round(picked.Count / (double)Math.Max(1, heldOut.Count), 3),
            Math.Round(picked.Count(h => h.Right) / (double)Math.Max(1, picked.Count), 3));
        return FitWeights(described, threshold) with { HeldOut = card };
    }

    private static AnswerNameModel FitWeights(List<(AnswerNameExample Example, IReadOnlyList<AnswerNameFeatures.Candidate> Candidates)> described, double threshold)
    {
        var ml = new MLContext(seed: 7);
        var rows = described.SelectMany(d => d.Candidates.Select(c => new RankerRow { Features = c.Features, Label = Holds(d.Example, c.Text) })).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, RankerRow.Schema(AnswerNameFeatures.Names.Length));
        var options = new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            FeatureColumnName = nameof(RankerRow.Features),
            LabelColumnName = nameof(RankerRow.Label),
            L2Regularization = 0.1f,
            NumberOfThreads = 1,
        };
        var linear = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(options).Fit(data).Model.SubModel;
        return new AnswerNameModel(AnswerNameFeatures.Names, linear.Weights.ToList(), linear.Bias, Math.Round(threshold, 3));
    }

    private static (double Probability, bool Right) Best(AnswerNameModel model, AnswerNameExample example, IReadOnlyList<AnswerNameFeatures.Candidate> candidates)
    {
        var best = candidates.MaxBy(c => model.Probability(c.Features))!;
        return (model.Probability(best.Features), Holds(example, best.Text));
    }

    // The lowest threshold (in steps of 0.05) at which the held-out picks above it are right often enough.
    private static double Threshold(List<(double Probability, bool Right)> heldOut, double precision)
    {
        for (double t = 0.3; t < 0.95; t += 0.05)
        {
            var above = heldOut.Where(h => h.Probability >= t).ToList();
            if (above.Count > 0 && above.Count(h => h.Right) >= precision * above.Count)
            {
                return t;
            }
        }

        return 0.95;
    }

    /// <summary>True when <paramref name="candidate"/> is, holds or is part of one of the expected answers.</summary>
    public static bool Holds(AnswerNameExample example, string candidate) =>
        example.Answers.Any(a => a.Contains(candidate, StringComparison.OrdinalIgnoreCase) || candidate.Contains(a, StringComparison.OrdinalIgnoreCase));
}
