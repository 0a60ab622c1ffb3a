namespace Bot.Core.Retrieval;

/// <summary>What the store holds: how many articles and passages, the outlets named (sorted) and the publication dates' range.</summary>
public sealed record CorpusOverview(int Articles, int Passages, IReadOnlyList<string> Outlets, DateOnly? FirstPublished, DateOnly? LastPublished);
