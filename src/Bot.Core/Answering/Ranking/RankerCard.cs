using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Core.Answering.Ranking;

/// <summary>What is written beside a trained ranker: the abstention threshold chosen on held-out questions, and how it was made.</summary>
/// <param name="Threshold">Below this best-sentence probability the answerer says the articles do not cover the question.</param>
/// <param name="Features">The feature names in vector order; a model whose names differ from the code's is refused.</param>
/// <param name="TrainedOn">The question files and counts the model was fitted to.</param>
/// <param name="HeldOut">Out-of-fold figures from the cross-validation that chose the threshold.</param>
/// <param name="SentenceTrainedOn">When the sentence model was refitted alone (<c>train --sentence-only</c>), the sets it was fitted to; the rest of the card is the answerability model's.</param>
public sealed record RankerCard(
    double Threshold,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> TrainedOn,
    IReadOnlyDictionary<string, double> HeldOut,
    IReadOnlyList<string>? SentenceTrainedOn = null)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The card's file for a model at <paramref name="modelPath"/> (answer-ranker.zip → answer-ranker.json).</summary>
    public static string PathFor(string modelPath) => Path.ChangeExtension(modelPath, ".json");

    public static RankerCard Read(string path) =>
        JsonSerializer.Deserialize<RankerCard>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is empty.");

    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + Environment.NewLine);
}
