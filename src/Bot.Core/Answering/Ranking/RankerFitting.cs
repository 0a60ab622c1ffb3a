using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Bot.Core.Answering.Ranking;

/// <summary>Fits the answer ranker, cross-validates it by article, and picks the abstention threshold on held-out folds.</summary>
/// <remarks>
/// FastTree (gradient-boosted trees, binary, Platt-calibrated) on one thread with a fixed seed, so the same data
/// always gives the same model file. Trees suit these features: they mix counts, shares and flags, and the
/// useful interactions ("asks for a person" × "holds a new name") need no hand-made crosses.
/// </remarks>
public static class RankerFitting
{
    /// <summary>Fits a model to every candidate of <paramref name="examples"/>.</summary>
    public static ITransformer Fit(IEnumerable<RankerExample> examples, int seed)
    {
        var ml = new MLContext(seed);
        var rows = examples.SelectMany(e => e.Features.Select((f, i) => new RankerRow { Features = f, Label = e.Labels[i] }));
        var options = new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 200,
            NumberOfLeaves = 24,
            MinimumExampleCountPerLeaf = 40,
            LearningRate = 0.1,
            FeatureFraction = 1.0,
            Seed = seed,
            NumberOfThreads = 1,
        };
        return ml.BinaryClassification.Trainers.FastTree(options).Fit(ml.Data.LoadFromEnumerable(rows));
    }

    /// <summary>Saves the model and its card side by side.</summary>
    public static void Save(ITransformer model, RankerCard card, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var ml = new MLContext(1);
        using (var stream = File.Create(path))
        {
            ml.Model.Save(model, null, stream);
        }

        card.Write(RankerCard.PathFor(path));
    }

    /// <summary>Each example's best candidate probability under <paramref name="ranker"/>, and whether that candidate is a positive.</summary>
    public static List<Scored> Score(AnswerRanker ranker, IEnumerable<RankerExample> examples) =>
        examples.Select(e =>
        {
            if (e.Features.Length == 0)
            {
                return new Scored(e, 0, false);
            }

            var p = ranker.Score(e.Features);
            int best = Array.IndexOf(p, p.Max());
            return new Scored(e, p[best], e.Labels[best]);
        }).ToList();

    /// <summary>Out-of-fold scores for every example: each fold scored by a model fitted to the other folds' articles.</summary>
    public static List<Scored> CrossValidate(IReadOnlyList<RankerExample> examples, int folds, int seed, IProgress<string>? progress = null)
    {
        var fold = FoldOf(examples, folds);
        var scored = new List<Scored>();
        for (int f = 0; f < folds; f++)
        {
            progress?.Report($"fold {f + 1}/{folds}");
            var model = Fit(examples.Where(e => fold[e.Group] != f), seed);
            var ranker = AnswerRanker.FromModel(model, new RankerCard(0, SentenceFeatures.Names, [], new Dictionary<string, double>()));
            scored.AddRange(Score(ranker, examples.Where(e => fold[e.Group] == f)));
        }

        return scored;
    }

    /// <summary>Assigns each article (group) to a fold, round-robin in name order, so the split is the same every run.</summary>
    public static Dictionary<string, int> FoldOf(IEnumerable<RankerExample> examples, int folds) =>
        examples.Select(e => e.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((g, i) => (g, i % folds)).ToDictionary(p => p.g, p => p.Item2, StringComparer.Ordinal);

    /// <summary>The highest threshold that abstains on at most <paramref name="abstainWrong"/> of the answerable examples.</summary>
    public static double Threshold(IEnumerable<Scored> scored, double abstainWrong)
    {
        var answerable = scored.Where(s => s.Example.Answerable).Select(s => s.Best).Order().ToList();
        if (answerable.Count == 0)
        {
            return 0.5;
        }

        int allowed = (int)Math.Floor(abstainWrong * answerable.Count);
        return answerable[Math.Min(allowed, answerable.Count - 1)];
    }

    /// <summary>Held-out figures at <paramref name="threshold"/>: best-sentence accuracy, and abstention on each kind of question.</summary>
    public static Dictionary<string, double> Figures(IReadOnlyList<Scored> scored, double threshold)
    {
        var answerable = scored.Where(s => s.Example.Answerable).ToList();
        var reachable = answerable.Where(s => s.Example.Labels.Any(l => l)).ToList();
        var figures = new Dictionary<string, double>
        {
            ["answerable"] = answerable.Count,
            ["best_sentence_hit"] = Share(reachable, s => s.BestIsPositive),
            ["abstain_wrong"] = Share(answerable, s => s.Best < threshold),
            ["abstain_right_source_out"] = Share(scored.Where(s => s.Example.QuestionId.EndsWith("~out", StringComparison.Ordinal)).ToList(), s => s.Best < threshold),
            ["abstain_right_swapped"] = Share(scored.Where(s => s.Example.QuestionId.EndsWith("~swap", StringComparison.Ordinal)).ToList(), s => s.Best < threshold),
            ["abstain_right_written"] = Share(scored.Where(s => !s.Example.Answerable && !s.Example.QuestionId.Contains('~')).ToList(), s => s.Best < threshold),
        };

        // A figure with nothing to count (no written unanswerables, say) is left out rather than shown as 0.
        return figures.Where(f => !double.IsNaN(f.Value)).ToDictionary();
    }

    private static double Share(List<Scored> items, Func<Scored, bool> predicate) =>
        items.Count == 0 ? double.NaN : Math.Round(items.Count(predicate) / (double)items.Count, 3);

    /// <summary>One example's best candidate probability and whether that candidate holds an answer.</summary>
    public sealed record Scored(RankerExample Example, double Best, bool BestIsPositive);
}
