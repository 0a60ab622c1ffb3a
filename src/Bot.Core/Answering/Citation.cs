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
}
