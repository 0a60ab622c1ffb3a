using System.Text.Json.Serialization;

namespace Bot.Core.Evaluation;

/// <summary>The figures <c>eval</c> prints; property names are the JSON keys.</summary>
public sealed record EvalReport(
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("k")] int K,
    [property: JsonPropertyName("hit_at_1")] double HitAt1,
    [property: JsonPropertyName("hit_at_k")] double HitAtK,
    [property: JsonPropertyName("mrr")] double Mrr,
    [property: JsonPropertyName("doc_at_k")] double DocAtK,
    [property: JsonPropertyName("answer_hit")] double AnswerHit,
    [property: JsonPropertyName("cited_hit")] double CitedHit,
    [property: JsonPropertyName("abstain_right")] double AbstainRight,
    [property: JsonPropertyName("abstain_wrong")] double AbstainWrong,
    [property: JsonPropertyName("p50_ms")] double P50Ms,
    [property: JsonPropertyName("p95_ms")] double P95Ms,
    [property: JsonPropertyName("baseline")] RetrievalFigures Baseline)
{
    /// <summary>The share of answerable questions whose first quoted sentence holds an expected answer.</summary>
    [JsonPropertyName("first_sentence_hit")]
    public double FirstSentenceHit { get; init; }

    /// <summary>Figures per question kind.</summary>
    [JsonPropertyName("per_kind")]
    public IReadOnlyDictionary<string, KindFigures> PerKind { get; init; } = new Dictionary<string, KindFigures>();
}
