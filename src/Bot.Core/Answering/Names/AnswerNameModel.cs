using System.Text.Json.Serialization;

namespace Bot.Core.Answering.Names;

/// <summary>The answer-name model as written by <c>bot train-names</c>: logistic weights, threshold, and held-out figures.</summary>
public sealed record AnswerNameModel(
    [property: JsonPropertyName("features")] IReadOnlyList<string> Features,
    [property: JsonPropertyName("weights")] IReadOnlyList<float> Weights,
    [property: JsonPropertyName("bias")] float Bias,
    [property: JsonPropertyName("threshold")] double Threshold,
    [property: JsonPropertyName("held_out")] AnswerNameCard? HeldOut = null)
{
    /// <summary>The chance that a candidate with <paramref name="features"/> is the answer.</summary>
    public double Probability(float[] features)
    {
        if (features.Length != Weights.Count)
        {
            throw new InvalidOperationException($"answer-names model has {Weights.Count} weights for {features.Length} features: rebuild it with 'bot train-names'.");
        }

        double z = Bias;
        for (int i = 0; i < features.Length; i++)
        {
            z += Weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}

/// <summary>How the model did on articles it was not fitted to.</summary>
/// <param name="Questions">"Who" questions whose answer sentence holds at least one candidate name.</param>
/// <param name="Top1">The share of them whose best-scored candidate is the answer.</param>
/// <param name="Picked">The share where the best candidate reached the threshold.</param>
/// <param name="Precision">Of those, the share that picked the answer.</param>
public sealed record AnswerNameCard(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("top1")] double Top1,
    [property: JsonPropertyName("picked")] double Picked,
    [property: JsonPropertyName("precision")] double Precision);
