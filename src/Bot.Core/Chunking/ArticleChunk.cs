using Bot.Core.Text;
using Microsoft.Extensions.VectorData;

namespace Bot.Core.Chunking;

/// <summary>A passage of an article: the unit that is retrieved, embedded and cited.</summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="End"/> are character offsets into the cleaned article body, so a
/// citation can point at the exact sentence; <see cref="Sentences"/> are spans relative to <see cref="Text"/>.
/// </remarks>
public sealed record ArticleChunk
{
    /// <summary>"{articleId}#{ordinal}".</summary>
    [VectorStoreKey]
    public required string Id { get; init; }

    [VectorStoreData(IsIndexed = true)]
    public required string ArticleId { get; init; }

    [VectorStoreData]
    public required string Title { get; init; }

    [VectorStoreData(IsIndexed = true)]
    public string? Outlet { get; init; }

    [VectorStoreData(IsIndexed = true)]
    public DateOnly? Published { get; init; }

    [VectorStoreData]
    public required int Ordinal { get; init; }

    [VectorStoreData]
    public required int Start { get; init; }

    [VectorStoreData]
    public required int End { get; init; }

    [VectorStoreData(IsFullTextIndexed = true)]
    public required string Text { get; init; }

    /// <summary>The sentences of <see cref="Text"/>, as spans relative to it.</summary>
    public required IReadOnlyList<TextSpan> Sentences { get; init; }

    /// <summary>One embedding per entry of <see cref="Sentences"/>, so answers can be scored sentence by sentence without re-embedding.</summary>
    public IReadOnlyList<ReadOnlyMemory<float>> SentenceEmbeddings { get; init; } = [];

    /// <summary>The passage's embedding; empty until the passage has been embedded.</summary>
    [VectorStoreVector(512, DistanceFunction = DistanceFunction.CosineSimilarity)]
    public ReadOnlyMemory<float> Embedding { get; init; }
}
