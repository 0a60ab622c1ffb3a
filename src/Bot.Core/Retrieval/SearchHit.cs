using Bot.Core.Chunking;

namespace Bot.Core.Retrieval;

/// <summary>A retrieved passage with its fused score and the two scores it came from.</summary>
public sealed record SearchHit(ArticleChunk Chunk, double Score, double LexicalScore, double VectorScore);
