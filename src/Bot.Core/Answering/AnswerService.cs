using Bot.Core.Conversation;
using Bot.Core.Models;
using Bot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Answering;

/// <summary>Question in, cited answer out: retrieval followed by the answerer (offline by default, a model when configured).</summary>
public sealed class AnswerService(
    HybridRetriever retriever,
    ExtractiveAnswerer answerer,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    IOptions<RetrievalOptions> retrieval,
    IOptions<AnsweringOptions> answering,
    IOptions<ModelOptions> model,
    ModelAnswerer modelAnswerer)
{
    /// <summary>True when answers come from the configured model (which can stream), false for the offline answerer.</summary>
    public bool UsesModel => model.Value.UsesModel;

    /// <summary>Retrieves up to <paramref name="size"/> passages for <paramref name="query"/> and scores their sentences.</summary>
    public async Task<IReadOnlyList<ScoredSentence>> ScoreAsync(string query, int size, SearchFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var vector = (await embedder.GenerateAsync([query], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector;
        var pool = retriever.Search(query, vector, filter, size);
        return await answerer.ScoreSentencesAsync(query, vector, pool, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers <paramref name="question"/> from the indexed articles.</summary>
    public Task<Answer> AskAsync(string question, SearchFilter? filter = null, int? top = null, CancellationToken cancellationToken = default) =>
        AskAsync(question, [], filter, top, cancellationToken);

    /// <summary>Answers <paramref name="question"/>, giving a model the earlier <paramref name="history"/> of the conversation.</summary>
    public async Task<Answer> AskAsync(string question, IReadOnlyList<ConversationTurn> history, SearchFilter? filter = null, int? top = null, CancellationToken cancellationToken = default)
    {
        var (vector, pool, keep) = await RetrieveAsync(question, filter, top, cancellationToken).ConfigureAwait(false);
        return UsesModel
            ? await modelAnswerer.AnswerAsync(question, vector, pool, keep, history, cancellationToken).ConfigureAwait(false)
            : await answerer.AnswerAsync(question, vector, pool, keep, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Streams a model's tokens and then the verified answer; offline, yields the answer alone.</summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, IReadOnlyList<ConversationTurn> history, SearchFilter? filter = null, int? top = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (vector, pool, keep) = await RetrieveAsync(question, filter, top, cancellationToken).ConfigureAwait(false);
        if (!UsesModel)
        {
            yield return new AnswerUpdate(null, await answerer.AnswerAsync(question, vector, pool, keep, cancellationToken).ConfigureAwait(false));
            yield break;
        }

        await foreach (var update in modelAnswerer.StreamAsync(question, vector, pool, keep, history, cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }
    }

    private async Task<(ReadOnlyMemory<float> Vector, IReadOnlyList<SearchHit> Pool, int Keep)> RetrieveAsync(string question, SearchFilter? filter, int? top, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var vector = (await embedder.GenerateAsync([question], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector;
        int keep = top ?? retrieval.Value.Top;
        var pool = retriever.Search(question, vector, filter, answering.Value.PoolFor(keep));
        return (vector, pool, keep);
    }
}
