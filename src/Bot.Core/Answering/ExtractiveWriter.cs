using System.Runtime.CompilerServices;
using Bot.Core.Retrieval;

namespace Bot.Core.Answering;

/// <summary>The offline writer: answers quote article sentences (<see cref="ExtractiveAnswerer"/>); summaries, look-ups and follow-ups stay as the offline steps made them.</summary>
public sealed class ExtractiveWriter(ExtractiveAnswerer answerer) : IAnswerWriter
{
    /// <inheritdoc/>
    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken) =>
        answerer.AnswerAsync(request.Question, request.QuestionVector, request.Pool, request.Top, request.Narrow, cancellationToken);

    /// <inheritdoc/>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new AnswerUpdate(null, await AnswerAsync(request, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public Task<Answer> SummarizeAsync(string topic, string heading, Answer extractive, CancellationToken cancellationToken) => Task.FromResult(extractive);

    /// <inheritdoc/>
    public Task<LookupVerdict?> LocateClaimAsync(string claim, IReadOnlyList<SearchHit> passages, CancellationToken cancellationToken) => Task.FromResult<LookupVerdict?>(null);

    /// <inheritdoc/>
    public Task<string?> RewriteFollowUpAsync(string utterance, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
