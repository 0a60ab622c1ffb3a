using Bot.Core.Answering;
using Bot.Core.Retrieval;

namespace Bot.Core.LanguageModels;

/// <summary>The writer used when a language model is configured: each job asks the model, and each falls back to the offline result when the model fails.</summary>
public sealed class LanguageModelWriter(ModelAnswerer answerer, ModelSummarizer summarizer, ModelLookup lookup, FollowUpRewriter rewriter) : IAnswerWriter
{
    /// <inheritdoc/>
    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken) =>
        answerer.AnswerAsync(request.Question, request.QuestionVector, request.Pool, request.Top, request.History, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<AnswerUpdate> StreamAsync(AnswerRequest request, CancellationToken cancellationToken) =>
        answerer.StreamAsync(request.Question, request.QuestionVector, request.Pool, request.Top, request.History, cancellationToken);

    /// <inheritdoc/>
    public Task<Answer> SummarizeAsync(string topic, string heading, Answer extractive, CancellationToken cancellationToken) =>
        summarizer.SummarizeAsync(topic, heading, extractive, cancellationToken);

    /// <inheritdoc/>
    public async Task<LookupVerdict?> LocateClaimAsync(string claim, IReadOnlyList<SearchHit> passages, CancellationToken cancellationToken) =>
        await lookup.FindAsync(claim, passages, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public Task<string?> RewriteFollowUpAsync(string utterance, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken) =>
        rewriter.RewriteAsync(utterance, turns, cancellationToken);
}
