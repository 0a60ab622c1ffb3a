using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Retrieval;

/// <summary>Finds the passages for a question: BM25 and vector candidates, fused into one ranking.</summary>
/// <remarks>
/// Reciprocal rank fusion is the default, chosen on squad-b (docs/quality.md); weighted fusion (min-max BM25
/// blended with cosine) stays available. Either way each list's best few passages are kept (see
/// <see cref="ScoreFusion.TopWithHeads"/>): the local encoder can miss a passage BM25 finds by its rare words.
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

        var lexicalRanking = lexical.Select(l => l.Chunk).ToList();
        var vectorRanking = vector.Select(v => v.Chunk).ToList();
        var fused = _options.Fusion == "Rrf"
            ? ScoreFusion.Reciprocal(lexicalRanking, vectorRanking, _options.RrfK)
            : ScoreFusion.Weighted(lexical, vector, _options.LexicalWeight);

        var lexicalScores = lexical.ToDictionary(l => l.Chunk.Id, l => l.Score);
        var vectorScores = vector.ToDictionary(v => v.Chunk.Id, v => v.Score);
        var hits = ScoreFusion.TopWithHeads(fused, lexicalRanking, vectorRanking, top ?? _options.Top, _options.KeepHeads)
            .Select(f => new SearchHit(f.Chunk, f.Score, lexicalScores.GetValueOrDefault(f.Chunk.Id), vectorScores.GetValueOrDefault(f.Chunk.Id)))
            .ToList();
        return await store.InTheirArticlesAsync(hits, cancellationToken).ConfigureAwait(false);
    }
}
