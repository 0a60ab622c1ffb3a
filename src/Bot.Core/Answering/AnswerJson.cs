using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Core.Answering;

/// <summary>The JSON shape of <c>ask --json</c> and of the web host's <c>POST /api/ask</c>.</summary>
public static class AnswerJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>Serialises <paramref name="answer"/> with the time it took, and the conversation to continue when there is one.</summary>
    public static string Serialize(Answer answer, TimeSpan elapsed, string? conversationId = null) => JsonSerializer.Serialize(
        new Dto(
            answer.Text,
            answer.Abstained,
            answer.Citations.Select(c => new CitationDto(c.Number, c.ArticleId, c.Title, c.Outlet, c.Published, c.Quote, c.Start, c.End)).ToList(),
            Math.Round(elapsed.TotalMilliseconds, 1),
            answer.Notice,
            conversationId),
        Options);

    private sealed record Dto(
        string Answer,
        bool Abstained,
        IReadOnlyList<CitationDto> Citations,
        double ElapsedMs,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Notice,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ConversationId);

    private sealed record CitationDto(int Number, string ArticleId, string Title, string? Outlet, DateOnly? Published, string Quote, int Start, int End);
}
