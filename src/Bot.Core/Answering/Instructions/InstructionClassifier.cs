using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Bot.Core.Answering.Instructions;

/// <summary>
/// A logistic-regression classifier over word 1-2-grams and character 3-grams of <see cref="InstructionFeatures"/>
/// text, trained at first use from the labelled sentences in instructions.tsv (embedded in this assembly).
/// </summary>
/// <remarks>
/// Training on a few hundred sentences takes well under a second, so the data file, not a binary model, is what
/// is committed and reviewed: adding a sentence to it is the whole retraining step. One seed and one thread make
/// the weights, and so every prediction, identical from run to run.
/// </remarks>
internal sealed class InstructionClassifier
{
    /// <summary>The probability above which a sentence counts as an instruction.</summary>
    public const double Threshold = 0.5;

    private const int Seed = 1;

    private readonly MLContext context = new(Seed);
    private readonly ITransformer model;

    // PredictionEngine is not thread-safe; each caller rents one and returns it, so engines are reused, never shared.
    private readonly ConcurrentBag<PredictionEngine<InstructionRow, InstructionScore>> engines = [];

    public InstructionClassifier(IEnumerable<(bool IsInstruction, string Text)> examples)
    {
        var rows = examples.Select(e => new InstructionRow { Label = e.IsInstruction, Text = InstructionFeatures.Prepare(e.Text) });
        model = Pipeline().Fit(context.Data.LoadFromEnumerable(rows.ToList()));
    }

    /// <summary>The classifier trained on the sentences shipped with Bot.Core.</summary>
    public static InstructionClassifier Default { get; } = new(InstructionData.Read());

    /// <summary>The probability that <paramref name="sentence"/> is an instruction aimed at an AI.</summary>
    /// <remarks>
    /// Most article sentences neither speak to anyone nor order anything, so they cost a few regex scans and no
    /// model call (<see cref="InstructionFeatures.PrepareIfMarked"/>). A quotation aimed at an AI is read on its own
    /// too (<see cref="InstructionFeatures.QuotesAimedAtAi"/>): quoting the sentence would pass its words on.
    /// </remarks>
    public double Probability(string sentence) =>
        InstructionFeatures.QuotesAimedAtAi(sentence).Select(Score).Append(Score(sentence)).Max();

    private double Score(string sentence)
    {
        string? text = InstructionFeatures.PrepareIfMarked(sentence);
        if (text is null)
        {
            return 0;
        }

        if (!engines.TryTake(out var engine))
        {
            engine = context.Model.CreatePredictionEngine<InstructionRow, InstructionScore>(model);
        }

        try
        {
            return engine.Predict(new InstructionRow { Text = text }).Probability;
        }
        finally
        {
            engines.Add(engine);
        }
    }

    private EstimatorChain<BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>> Pipeline()
    {
        var featurizer = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = 0f,
            L2Regularization = 0.1f,
            NumberOfThreads = 1,
        };
        return context.Transforms.Text.FeaturizeText("Features", featurizer, nameof(InstructionRow.Text))
            .Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression(trainer));
    }
}
