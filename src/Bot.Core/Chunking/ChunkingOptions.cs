using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Chunking;

/// <summary>How articles are cut into passages for retrieval and citation.</summary>
public sealed class ChunkingOptions
{
    public const string SectionName = "Bot:Chunking";

    /// <summary>The largest passage, in characters; a single longer sentence becomes its own passage.</summary>
    [Range(100, 20_000)]
    public int MaxChars { get; set; } = 700;

    /// <summary>How many sentences of the previous passage are repeated at the start of the next.</summary>
    [Range(0, 5)]
    public int OverlapSentences { get; set; } = 1;
}
