namespace Bot.Core.Retrieval;

/// <summary>What the store holds: how many articles and passages, the outlets named (sorted) and the publication dates' range.</summary>
public sealed record CorpusOverview(int Articles, int Passages, IReadOnlyList<string> Outlets, DateOnly? FirstPublished, DateOnly? LastPublished)
{
    /// <summary>
    /// How many articles each top-level folder of the ingested root holds ("business" in <c>business/001.txt</c>), by
    /// name; empty when every article sits at the top, or when the store cannot count them cheaply (Azure AI Search).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, int>> Folders { get; init; } = [];

    /// <summary>How many articles name their outlet; null when the store does not count them.</summary>
    public int? WithOutlet { get; init; }

    /// <summary>How many articles carry a publication date; null when the store does not count them.</summary>
    public int? Dated { get; init; }
}
