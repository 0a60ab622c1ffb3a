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
    string ChunkId);
