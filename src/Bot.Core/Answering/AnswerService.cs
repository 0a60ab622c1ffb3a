using Bot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Answering;

/// <summary>Question in, cited answer out: retrieval followed by the answerer.</summary>
public sealed class AnswerService(
    HybridRetriever retriever,
    ExtractiveAnswerer answerer,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    IOptions<RetrievalOptions> retrieval,
    IOptions<AnsweringOptions> answering)
{
    /// <summary>Retrieves up to <paramref name="size"/> passages for <paramref name="query"/> and scores their sentences.</summary>
    public async Task<IReadOnlyList<ScoredSentence>> ScoreAsync(string query, int size, SearchFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var vector = (await embedder.GenerateAsync([query], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector;
        var pool = retriever.Search(query, vector, filter, size);
        return await answerer.ScoreSentencesAsync(query, vector, pool, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers <paramref name="question"/> from the indexed articles.</summary>
    public async Task<Answer> AskAsync(string question, SearchFilter? filter = null, int? top = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var vector = (await embedder.GenerateAsync([question], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector;
        int keep = top ?? retrieval.Value.Top;
        var pool = retriever.Search(question, vector, filter, Math.Max(keep, answering.Value.RerankPool));
        return await answerer.AnswerAsync(question, vector, pool, keep, cancellationToken).ConfigureAwait(false);
    }
}
