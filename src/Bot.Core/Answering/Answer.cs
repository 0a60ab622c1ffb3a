using Bot.Core.Retrieval;

namespace Bot.Core.Answering;

/// <summary>An answer: its text with <c>[n]</c> markers, the citations behind them, and what it was drawn from.</summary>
/// <param name="Abstained">True when the articles do not answer the question; the text then says so.</param>
/// <param name="Notice">A one-line note for the reader (for example that a model was unreachable).</param>
public sealed record Answer(
    string Text,
    bool Abstained,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<SearchHit> Passages,
    string? Notice = null);
