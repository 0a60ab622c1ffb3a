using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Core.Answering;
using Bot.Core.Evaluation;

namespace Bot.Cli.Commands;

/// <summary>
/// <c>eval --answers FILE</c>: one JSON line per question (what was expected, what was quoted, whether it counted),
/// so two runs can be compared question by question rather than only by their figures (hit_at_1: the first passage shown holds an answer).
/// </summary>
internal sealed class EvalAnswerLog(string path) : IDisposable
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly StreamWriter writer = new(path);

    public void Write(EvalQuestion question, Answer answer)
    {
        writer.WriteLine(JsonSerializer.Serialize(new Line(
            question.Id,
            question.Kind,
            question.Question,
            question.Answers,
            KindScorer.Right(question, answer),
            question.IsAnswerable ? KindScorer.FirstSentenceHit(question, answer) : null,
            question.IsAnswerable ? answer.Passages.Count > 0 && question.IsAnsweredBy(answer.Passages[0].Chunk.Text) : null,
            answer.Abstained,
            Math.Round(answer.Confidence, 4),
            answer.Citations.Select(c => new Quote(c.ArticleId, c.Quote)).ToList(),
            answer.Diagnostics), Options));
    }

    public void Dispose() => writer.Dispose();

    private sealed record Line(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("question")] string Question,
        [property: JsonPropertyName("expected")] IReadOnlyList<string> Expected,
        [property: JsonPropertyName("right")] bool Right,
        [property: JsonPropertyName("first_sentence_hit")] bool? FirstSentenceHit,
        [property: JsonPropertyName("hit_at_1")] bool? HitAt1,
        [property: JsonPropertyName("abstained")] bool Abstained,
        [property: JsonPropertyName("confidence")] double Confidence,
        [property: JsonPropertyName("quotes")] IReadOnlyList<Quote> Quotes,
        [property: JsonPropertyName("diagnostics")] string? Diagnostics);

    private sealed record Quote([property: JsonPropertyName("article")] string Article, [property: JsonPropertyName("text")] string Text);
}
