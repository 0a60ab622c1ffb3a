using System.Text.Json.Serialization;

namespace Bot.Core.Evaluation;

/// <summary>Figures for one kind of question (fact, lookup, summary, followup, …).</summary>
public sealed record KindFigures(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("answer_hit")] double? AnswerHit,
    [property: JsonPropertyName("abstain_right")] double? AbstainRight,
    [property: JsonPropertyName("coverage")] double? Coverage,
    [property: JsonPropertyName("supported")] double? Supported);
