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
    string? Notice = null)
{
    /// <summary>Two notices as one, in this order; either may be missing.</summary>
    public static string? JoinNotices(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first} {second}";

    /// <summary>A reply that answers nothing and cites nothing: a greeting, an acknowledgement, a "there is none".</summary>
    public static Answer Message(string text) => new(text, Abstained: false, [], []);

    /// <summary>How strongly the best passage sentence matched the question (0–1); the abstention threshold applies to it.</summary>
    public double Confidence { get; init; }

    /// <summary>How the confidence was reached, for evaluation output.</summary>
    public string? Diagnostics { get; init; }

    /// <summary>For a model answer, how many of its sentences the sources supported (the rest were removed); null for offline answers.</summary>
    public int? SupportedSentences { get; init; }

    /// <summary>For a model answer, how many sentences the model wrote; null for offline answers.</summary>
    public int? GeneratedSentences { get; init; }
}
