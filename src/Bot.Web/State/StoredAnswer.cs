using System.Text.Json;
using Bot.Core.Answering;
using Bot.Core.Chunking;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Web.State;

/// <summary>
/// An answer as a shared store keeps it: text, citations and the cited passages' text, but not whole article bodies or
/// embeddings, which every host has in its own index. Follow-ups and "show source" need no more than this.
/// </summary>
internal sealed record StoredAnswer(
    string Text, bool Abstained, IReadOnlyList<Citation> Citations, IReadOnlyList<StoredPassage> Passages, string? Notice, double Confidence)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static StoredAnswer From(Answer answer) => new(
        answer.Text, answer.Abstained, answer.Citations,
        [.. answer.Passages.Where(p => answer.Citations.Any(c => c.ChunkId == p.Chunk.Id)).Select(StoredPassage.From)],
        answer.Notice, answer.Confidence);

    public Answer ToAnswer() => new(Text, Abstained, Citations, [.. Passages.Select(p => p.ToHit())], Notice) { Confidence = Confidence };
}

/// <summary>A cited passage: where it sits in its article, its own text and sentence spans, and its scores.</summary>
internal sealed record StoredPassage(
    string Id, string ArticleId, string Title, string? Outlet, DateOnly? Published, int Ordinal, int Start, int End,
    string Text, IReadOnlyList<TextSpan> Sentences, double Score, double LexicalScore, double VectorScore)
{
    public static StoredPassage From(SearchHit hit) => new(
        hit.Chunk.Id, hit.Chunk.ArticleId, hit.Chunk.Title, hit.Chunk.Outlet, hit.Chunk.Published, hit.Chunk.Ordinal, hit.Chunk.Start,
        hit.Chunk.End, hit.Chunk.Text, hit.Chunk.Sentences, hit.Score, hit.LexicalScore, hit.VectorScore);

    public SearchHit ToHit() => new(new ArticleChunk
    {
        Id = Id, ArticleId = ArticleId, Title = Title, Outlet = Outlet, Published = Published, Ordinal = Ordinal,
        Start = Start, End = End, Text = Text, Sentences = Sentences,
    }, Score, LexicalScore, VectorScore);
}

/// <summary>A conversation turn as stored: what the user typed, how it was read, and the stored answer.</summary>
internal sealed record StoredTurn(string UserText, string ResolvedText, StoredAnswer Reply)
{
    public static string Serialize(ConversationTurn turn) =>
        JsonSerializer.Serialize(new StoredTurn(turn.UserText, turn.ResolvedText, StoredAnswer.From(turn.Reply)), StoredAnswer.Json);

    public static ConversationTurn Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredTurn>(json, StoredAnswer.Json)!;
        return new ConversationTurn(stored.UserText, stored.ResolvedText, stored.Reply.ToAnswer());
    }
}
