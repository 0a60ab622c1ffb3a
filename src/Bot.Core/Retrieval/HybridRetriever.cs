using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Retrieval;

/// <summary>Finds the passages for a question: BM25 and vector candidates, fused into one ranking.</summary>
/// <remarks>
/// The local encoder is a weaker signal than BM25 on news questions (names and numbers dominate), so the
/// default fusion blends min-max-normalised BM25 with raw cosine rather than giving both equal rank votes;
/// reciprocal rank fusion stays available for stronger embedders. The evaluation reports both.
/// The two candidate lists come from the configured <see cref="IPassageStore"/> and are fused here, never by the
/// store, so a search service ranks exactly as this process does and the ranker keeps both scores as features.
/// </remarks>
public sealed class HybridRetriever(IPassageStore store, IEmbeddingGenerator<string, Embedding<float>> embedder, IOptions<RetrievalOptions> options)
{
    private readonly RetrievalOptions _options = options.Value;

    /// <summary>Returns the best passages for <paramref name="question"/>, best first.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string question, SearchFilter? filter = null, int? top = null, CancellationToken cancellationToken = default)
    {
        var embedding = await embedder.GenerateAsync([question], cancellationToken: cancellationToken).ConfigureAwait(false);
        return await SearchAsync(question, embedding[0].Vector, filter, top, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same search with the question already embedded.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string question, ReadOnlyMemory<float> questionVector, SearchFilter? filter = null, int? top = null, CancellationToken cancellationToken = default)
    {
        var lexicalSearch = store.LexicalSearchAsync(question, _options.Candidates, filter, cancellationToken);
        var vectorSearch = store.VectorSearchAsync(questionVector, _options.Candidates, filter, cancellationToken);
        // Both finish (or fail) before either result is used, so no search is left running unobserved.
        await Task.WhenAll(lexicalSearch, vectorSearch).ConfigureAwait(false);
        var lexical = await lexicalSearch.ConfigureAwait(false);
        var vector = await vectorSearch.ConfigureAwait(false);

        var fused = _options.Fusion == "Rrf"
            ? ScoreFusion.Reciprocal(lexical.Select(l => l.Chunk).ToList(), vector.Select(v => v.Chunk).ToList(), _options.RrfK)
            : ScoreFusion.Weighted(lexical, vector, _options.LexicalWeight);

        var lexicalScores = lexical.ToDictionary(l => l.Chunk.Id, l => l.Score);
        var vectorScores = vector.ToDictionary(v => v.Chunk.Id, v => v.Score);
        return fused.Take(top ?? _options.Top)
            .Select(f => new SearchHit(f.Chunk, f.Score, lexicalScores.GetValueOrDefault(f.Chunk.Id), vectorScores.GetValueOrDefault(f.Chunk.Id)))
            .ToList();
    }
}
