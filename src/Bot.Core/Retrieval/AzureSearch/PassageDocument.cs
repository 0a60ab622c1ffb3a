using System.Text.Json.Serialization;
using Bot.Core.Chunking;
using Bot.Core.Text;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>
/// One passage as an Azure AI Search document. Sentence spans travel as flat (start, length) pairs and sentence vectors as
/// one base64 string, so a passage read back can be scored and cited sentence by sentence without embedding again.
/// </summary>
public sealed class PassageDocument
{
    /// <summary>The fields a search reads back (everything but the passage vector, which only the service needs).</summary>
    public static readonly string[] Retrieved = ["id", "articleId", "title", "outlet", "published", "ordinal", "start", "end", "text", "sentences", "sentenceVectors"];

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
    [JsonPropertyName("sentenceVectors")] public string? SentenceVectors { get; init; }
    [JsonPropertyName("embedding")] public IReadOnlyList<float>? Embedding { get; init; }

    /// <summary>Document ids may hold only letters, digits, '_', '-' and '='; ours hold '#' and '.', so they are base64url-encoded.</summary>
    public static string KeyOf(string id) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(id)).Replace('+', '-').Replace('/', '_');

    public static PassageDocument From(ArticleChunk chunk) => new()
    {
        Id = KeyOf(chunk.Id),
        ArticleId = chunk.ArticleId,
        Title = chunk.Title,
        Outlet = chunk.Outlet,
        Published = ArticleDocument.ToOffset(chunk.Published),
        Ordinal = chunk.Ordinal,
        Start = chunk.Start,
        End = chunk.End,
        Text = chunk.Text,
        Sentences = [.. chunk.Sentences.SelectMany(s => new[] { s.Start, s.Length })],
        SentenceVectors = SentenceVectorCodec.Encode(chunk.SentenceEmbeddings),
        Embedding = chunk.Embedding.ToArray(),
    };

    public ArticleChunk ToChunk() => new()
    {
        Id = $"{ArticleId}#{Ordinal}",
        ArticleId = ArticleId,
        Title = Title,
        Outlet = Outlet,
        Published = ArticleDocument.ToDate(Published),
        Ordinal = Ordinal,
        Start = Start,
        End = End,
        Text = Text,
        Sentences = [.. Sentences.Chunk(2).Where(p => p.Length == 2).Select(p => new TextSpan(p[0], p[1]))],
        SentenceEmbeddings = SentenceVectorCodec.Decode(SentenceVectors, Sentences.Count / 2),
    };
}
