using System.Text.Json.Serialization;

namespace Bot.Core.Evaluation;

/// <summary>Figures for one kind of question (fact, lookup, summary, followup, …).</summary>
public sealed record KindFigures(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("answer_hit")] double? AnswerHit,
    [property: JsonPropertyName("abstain_right")] double? AbstainRight,
    [property: JsonPropertyName("coverage")] double? Coverage,
    [property: JsonPropertyName("supported")] double? Supported)
{
    /// <summary>The share of answerable questions whose first quoted sentence holds an expected answer.</summary>
    [JsonPropertyName("first_sentence_hit")]
    public double? FirstSentenceHit { get; init; }

    /// <summary>For summaries: the mean share of a question's expected points (its answers) that the summary holds.</summary>
    [JsonPropertyName("key_points")]
    public double? KeyPoints { get; init; }

    /// <summary>For summaries: the mean number of sentences quoted.</summary>
    [JsonPropertyName("sentences")]
    public double? Sentences { get; init; }
}
