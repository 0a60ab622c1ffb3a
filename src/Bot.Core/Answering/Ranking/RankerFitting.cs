using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Bot.Core.Answering.Ranking;

/// <summary>The tree settings; the defaults were chosen on by-article cross-validation of squad-b.</summary>
public sealed record RankerSettings(int Trees = 200, int Leaves = 24, double LearningRate = 0.1, int MinimumLeafRows = 40, int Seed = 7);

/// <summary>A fitted pair of models, the threshold chosen for them, and their held-out figures.</summary>
public sealed record RankerFit(RankerModels Models, double Threshold, IReadOnlyDictionary<string, double> HeldOut);

/// <summary>Fits the answer models, cross-validates them by article, and picks the abstention threshold on held-out folds.</summary>
/// <remarks>
/// FastTree (gradient-boosted trees, binary, Platt-calibrated) on one thread with a fixed seed, so the same data
/// always gives the same model files. Trees suit these features: they mix counts, shares and flags, and the
/// useful interactions ("asks for a person" × "holds a new name") need no hand-made crosses.
/// The sentence model learns only from questions with an answer among their candidates: fitting it on the
/// unanswerable ones as well cost a point of best-sentence accuracy. The answerability model is stacked on
/// the sentence model's out-of-fold probabilities, so it learns from the same kind of scores it will see.
/// </remarks>
public static class RankerFitting
{
    /// <summary>Cross-validates by article, chooses the threshold, and fits the final models on everything.</summary>
    public static RankerFit Run(IReadOnlyList<RankerExample> examples, int folds, RankerSettings settings, double abstainWrong, IProgress<string>? progress = null)
    {
        var fold = FoldOf(examples, folds);
        var sentenceScores = new Dictionary<RankerExample, float[]>(ReferenceEqualityComparer.Instance);
        for (int f = 0; f < folds; f++)
        {
            progress?.Report($"sentence model, fold {f + 1}/{folds}");
            var engine = RankerPrediction.Engine(FitSentences(examples.Where(e => fold[e.Group] != f), settings), SentenceFeatures.Count);
            foreach (var e in examples.Where(e => fold[e.Group] == f))
            {
                sentenceScores[e] = RankerPrediction.Run(engine, e.Features);
            }
        }

        var questions = examples.Select(e => new QuestionRow(e, sentenceScores[e], AnswerabilityFeatures.From(e.Features, sentenceScores[e]))).ToList();
        var answerability = new Dictionary<RankerExample, double>(ReferenceEqualityComparer.Instance);
        var thresholds = new Dictionary<int, double>();
        for (int f = 0; f < folds; f++)
        {
            progress?.Report($"answerability model, fold {f + 1}/{folds}");
            var model = FitAnswerable(questions.Where(q => fold[q.Example.Group] != f), settings);
            var held = questions.Where(q => fold[q.Example.Group] == f).ToList();
            var scores = RankerPrediction.Run(RankerPrediction.Engine(model, AnswerabilityFeatures.Count), held.ConvertAll(q => q.Features));
            for (int i = 0; i < held.Count; i++)
            {
                answerability[held[i].Example] = scores[i];
            }
        }

        // Each fold is judged by a threshold chosen on the other folds' scores, never on its own.
        for (int f = 0; f < folds; f++)
        {
            thresholds[f] = Threshold(questions.Where(q => fold[q.Example.Group] != f).Select(q => (q.Example, answerability[q.Example])), abstainWrong);
        }

        var heldOut = Figures(questions.ConvertAll(q => new Scored(q, answerability[q.Example], thresholds[fold[q.Example.Group]])));
        progress?.Report("final models on every question");
        var passages = PassageFitting.Fit(examples, sentenceScores, settings);
        var models = new RankerModels(FitSentences(examples, settings), FitAnswerable(questions, settings), passages);
        return new RankerFit(models, Threshold(questions.Select(q => (q.Example, answerability[q.Example])), abstainWrong), heldOut);
    }

    /// <summary>Fits the sentence model alone, on every question with an answer among its candidates, as <see cref="Run"/> fits it last.</summary>
    public static ITransformer RunSentences(IReadOnlyList<RankerExample> examples, RankerSettings settings) => FitSentences(examples, settings);

    /// <summary>Saves the models and their card side by side.</summary>
    public static void Save(RankerModels models, RankerCard card, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        models.Save(new MLContext(1), path);
        card.Write(RankerCard.PathFor(path));
    }

    /// <summary>Assigns each article (group) to a fold, round-robin in name order, so the split is the same every run.</summary>
    public static Dictionary<string, int> FoldOf(IEnumerable<RankerExample> examples, int folds) =>
        examples.Select(e => e.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((g, i) => (g, i % folds)).ToDictionary(p => p.g, p => p.Item2, StringComparer.Ordinal);

    private static ITransformer FitSentences(IEnumerable<RankerExample> examples, RankerSettings settings) =>
        Fit(examples.Where(e => e.Labels.Any(l => l)).SelectMany(e => e.Features.Select((f, i) => new RankerRow { Features = f, Label = e.Labels[i], Weight = e.Weight })), SentenceFeatures.Count, settings);

    private static ITransformer FitAnswerable(IEnumerable<QuestionRow> questions, RankerSettings settings) =>
        Fit(questions.Select(q => new RankerRow { Features = q.Features, Label = q.Example.Answerable, Weight = q.Example.Weight }), AnswerabilityFeatures.Count, settings);

    // Returned as ITransformer on purpose: callers keep and save models, never read the tree parameters.
#pragma warning disable CA1859
    internal static ITransformer Fit(IEnumerable<RankerRow> rows, int width, RankerSettings settings)
#pragma warning restore CA1859
    {
        var ml = new MLContext(settings.Seed);
        var options = new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinimumLeafRows,
            LearningRate = settings.LearningRate,
            Seed = settings.Seed,
            NumberOfThreads = 1,
            ExampleWeightColumnName = nameof(RankerRow.Weight),
        };
        return ml.BinaryClassification.Trainers.FastTree(options).Fit(ml.Data.LoadFromEnumerable(rows, RankerRow.Schema(width)));
    }

    /// <summary>The highest threshold that abstains on at most <paramref name="abstainWrong"/> of the answerable questions.</summary>
    private static double Threshold(IEnumerable<(RankerExample Example, double Answerability)> scored, double abstainWrong)
    {
        var answerable = scored.Where(s => s.Example.Answerable).Select(s => s.Answerability).Order().ToList();
        return answerable.Count == 0 ? 0.5 : answerable[Math.Min((int)Math.Floor(abstainWrong * answerable.Count), answerable.Count - 1)];
    }

    private static Dictionary<string, double> Figures(List<Scored> scored)
    {
        var answerable = scored.Where(s => s.Question.Example.Answerable).ToList();
        var reachable = answerable.Where(s => s.Question.Example.Labels.Any(l => l)).ToList();
        var figures = new Dictionary<string, double>
        {
            ["answerable"] = answerable.Count,
            ["reachable"] = Share(answerable, s => s.Question.Example.Labels.Any(l => l)),
            ["best_sentence_hit"] = Share(reachable, s => s.Question.TopHits(1)),
            ["top3_sentence_hit"] = Share(reachable, s => s.Question.TopHits(3)),
            ["abstain_wrong"] = Share(answerable, s => s.Abstains),
            ["abstain_right_source_out"] = Share(Kind(scored, "~out"), s => s.Abstains),
            ["abstain_right_swapped"] = Share(Kind(scored, "~swap"), s => s.Abstains),
            ["abstain_right_written"] = Share(scored.Where(s => !s.Question.Example.Answerable && !s.Question.Example.QuestionId.Contains('~')).ToList(), s => s.Abstains),
        };

        // A figure with nothing to count (no written unanswerables, say) is left out rather than shown as 0.
        return figures.Where(f => !double.IsNaN(f.Value)).ToDictionary();
    }

    private static List<Scored> Kind(List<Scored> scored, string suffix) =>
        scored.Where(s => s.Question.Example.QuestionId.EndsWith(suffix, StringComparison.Ordinal)).ToList();

    private static double Share(List<Scored> items, Func<Scored, bool> predicate) =>
        items.Count == 0 ? double.NaN : Math.Round(items.Count(predicate) / (double)items.Count, 3);

    private sealed record QuestionRow(RankerExample Example, float[] SentenceScores, float[] Features)
    {
        public bool TopHits(int n) => Enumerable.Range(0, SentenceScores.Length).OrderByDescending(i => SentenceScores[i]).Take(n).Any(i => Example.Labels[i]);
    }

    private sealed record Scored(QuestionRow Question, double Answerability, double Threshold)
    {
        public bool Abstains => Answerability < Threshold;
    }
}

/// <summary>Scores rows with a model held in memory.</summary>
internal static class RankerPrediction
{
    /// <summary>An engine for <paramref name="model"/> over rows of <paramref name="width"/> features; create one per model, not per row.</summary>
    public static PredictionEngine<RankerRow, RankerScore> Engine(ITransformer model, int width) =>
        new MLContext(1).Model.CreatePredictionEngine<RankerRow, RankerScore>(model, inputSchemaDefinition: RankerRow.Schema(width));

    /// <summary>The probability for each row, through one engine (which must not be shared between threads).</summary>
    public static float[] Run(PredictionEngine<RankerRow, RankerScore> engine, IReadOnlyList<float[]> rows)
    {
        var row = new RankerRow();
        var scores = new float[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            row.Features = rows[i];
            scores[i] = engine.Predict(row).Probability;
        }

        return scores;
    }
}
