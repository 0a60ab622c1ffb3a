namespace Bot.Core.Answering;

/// <summary>The sentences scored for a query, with the query as it was searched.</summary>
/// <param name="Query">The query after acronyms no article uses were spelled out ("ISI" → "Inter-Services Intelligence"); the caller's text otherwise.</param>
/// <param name="Sentences">The retrieved passages' sentences, best first.</param>
public sealed record ScoredQuery(string Query, IReadOnlyList<ScoredSentence> Sentences);
