using System.Text.Json.Serialization;
using Bot.Core.Chunking;
using Bot.Core.Text;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>
/// One passage as an Azure AI Search document. Sentence spans travel as flat (start, length) pairs so that a passage read back
/// can still be cited sentence by sentence; sentence vectors stay local (they are the answerer's, not the index's).
/// </summary>
public sealed class PassageDocument
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("articleId")] public required string ArticleId { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("outlet")] public string? Outlet { get; init; }
    [JsonPropertyName("published")] public DateTimeOffset? Published { get; init; }
    [JsonPropertyName("ordinal")] public int Ordinal { get; init; }
    [JsonPropertyName("start")] public int Start { get; init; }
    [JsonPropertyName("end")] public int End { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("sentences")] public IReadOnlyList<int> Sentences { get; init; } = [];
    [JsonPropertyName("embedding")] public IReadOnlyList<float>? Embedding { get; init; }

    /// <summary>Document ids may hold only letters, digits, '_', '-' and '='; ours hold '#' and '.', so they are base64url-encoded.</summary>
    public static string KeyOf(string chunkId) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(chunkId)).Replace('+', '-').Replace('/', '_');

    public static PassageDocument From(ArticleChunk chunk) => new()
    {
        Id = KeyOf(chunk.Id),
        ArticleId = chunk.ArticleId,
        Title = chunk.Title,
        Outlet = chunk.Outlet,
        Published = chunk.Published is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        Ordinal = chunk.Ordinal,
        Start = chunk.Start,
        End = chunk.End,
        Text = chunk.Text,
        Sentences = [.. chunk.Sentences.SelectMany(s => new[] { s.Start, s.Length })],
        Embedding = chunk.Embedding.ToArray(),
    };

    public ArticleChunk ToChunk() => new()
    {
        Id = $"{ArticleId}#{Ordinal}",
        ArticleId = ArticleId,
        Title = Title,
        Outlet = Outlet,
        Published = Published is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null,
        Ordinal = Ordinal,
        Start = Start,
        End = End,
        Text = Text,
        Sentences = [.. Sentences.Chunk(2).Where(p => p.Length == 2).Select(p => new TextSpan(p[0], p[1]))],
    };
}
