using Bot.Core.Chunking;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;

namespace Bot.Core.Retrieval;

/// <summary>Finds the passages for a question: BM25 and vector candidates, fused into one ranking.</summary>
/// <remarks>
/// The local encoder is a weaker signal than BM25 on news questions (names and numbers dominate), so the
/// default fusion blends min-max-normalised BM25 with raw cosine rather than giving both equal rank votes;
/// reciprocal rank fusion stays available for stronger embedders. The evaluation reports both.
/// </remarks>
public sealed class HybridRetriever(NewsIndex index, IEmbeddingGenerator<string, Embedding<float>> embedder, IOptions<RetrievalOptions> options)
{
    private readonly RetrievalOptions _options = options.Value;

    /// <summary>Returns the best passages for <paramref name="question"/>, best first.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string question, SearchFilter? filter = null, int? top = null, CancellationToken cancellationToken = default)
    {
        var embedding = await embedder.GenerateAsync([question], cancellationToken: cancellationToken).ConfigureAwait(false);
        return Search(question, embedding[0].Vector, filter, top);
    }

    /// <summary>The same search with the question already embedded.</summary>
    public IReadOnlyList<SearchHit> Search(string question, ReadOnlyMemory<float> questionVector, SearchFilter? filter = null, int? top = null)
    {
        var chunks = index.Chunks;
        var predicate = filter is null || filter.IsEmpty ? null : filter.ToExpression();
        var compiled = predicate?.Compile();
        var lexical = index.Lexical.Search(question, _options.Candidates, compiled is null ? null : i => compiled(chunks[i]));
        var vector = index.Vectors.Search(questionVector.Span, _options.Candidates, new VectorSearchOptions<ArticleChunk> { Filter = predicate });

        var fused = _options.Fusion == "Rrf"
            ? ScoreFusion.Reciprocal(lexical.Select(l => chunks[l.Index]).ToList(), vector.Select(v => v.Chunk).ToList(), _options.RrfK)
            : ScoreFusion.Weighted(lexical.Select(l => (chunks[l.Index], (double)l.Score)).ToList(), vector, _options.LexicalWeight);

        var lexicalScores = lexical.ToDictionary(l => chunks[l.Index].Id, l => (double)l.Score);
        var vectorScores = vector.ToDictionary(v => v.Chunk.Id, v => v.Score);
        return fused.Take(top ?? _options.Top)
            .Select(f => new SearchHit(f.Chunk, f.Score, lexicalScores.GetValueOrDefault(f.Chunk.Id), vectorScores.GetValueOrDefault(f.Chunk.Id)))
            .ToList();
    }
}
