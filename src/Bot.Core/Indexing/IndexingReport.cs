namespace Bot.Core.Indexing;

/// <summary>What indexing did and where the time went.</summary>
public sealed class IndexingReport
{
    public int Articles { get; set; }

    public int Chunks { get; set; }

    public int Sentences { get; set; }

    public TimeSpan ChunkTime { get; set; }

    public TimeSpan EmbedTime { get; set; }

    public TimeSpan IndexTime { get; set; }

    public TimeSpan TotalTime { get; set; }
}
