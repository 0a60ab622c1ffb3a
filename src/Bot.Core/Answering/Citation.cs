using Bot.Core.Chunking;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>One numbered source of an answer: the exact sentence quoted and where it sits in its article.</summary>
/// <param name="Number">The <c>[n]</c> label used in the answer text.</param>
/// <param name="Quote">The cited text, verbatim from the article body.</param>
/// <param name="Start">Offset of <paramref name="Quote"/> in the cleaned article body.</param>
/// <param name="End">Offset one past the end of <paramref name="Quote"/>.</param>
public sealed record Citation(
    int Number,
    string ArticleId,
    string Title,
    string? Outlet,
    DateOnly? Published,
    string Quote,
    int Start,
    int End,
    string ChunkId)
{
    /// <summary>"Dawn, 2016-07-26, 003_b40e633152d6b01e.txt", leaving out what the article does not state.</summary>
    public string Attribution => string.Join(", ",
        new[] { Outlet, (Published is { } date ? Text.DisplayDate.Of(date) : null), ArticleId }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>
    /// Citation <paramref name="number"/> of the sentence at <paramref name="sentence"/> (relative to the passage's text)
    /// in <paramref name="passage"/>: the quote is that text, the offsets are in the article body.
    /// </summary>
    public static Citation Of(int number, ArticleChunk passage, TextSpan sentence) =>
        new(number, passage.ArticleId, passage.Title, passage.Outlet, passage.Published,
            passage.TextOf(sentence), passage.Start + sentence.Start, passage.Start + sentence.End, passage.Id);
}
