using Bot.Core.Retrieval;

namespace Bot.Core.Answering;

/// <summary>
/// Writes what the reader sees from passages we retrieved: answers, summaries, claim look-ups and the reading of
/// follow-ups. Offline, <see cref="ExtractiveWriter"/> quotes article sentences; with a language model configured,
/// the model's writer is used and falls back to the extractive one whenever the model fails.
/// </summary>
/// <remarks>
/// The choice is made once, at composition, by <c>Bot:Model:Provider</c>; nothing else in the engine asks which
/// provider is configured.
/// </remarks>
public interface IAnswerWriter
{
    /// <summary>Answers <paramref name="request"/> from its passages.</summary>
    Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken);

    /// <summary>Text as it is written (unverified drafts), then the final answer as the last update.</summary>
    IAsyncEnumerable<AnswerUpdate> StreamAsync(AnswerRequest request, CancellationToken cancellationToken);

    /// <summary>The summary of <paramref name="topic"/>, given the extractive summary built from the articles.</summary>
    Task<Answer> SummarizeAsync(string topic, string heading, Answer extractive, CancellationToken cancellationToken);

    /// <summary>A second opinion on where <paramref name="claim"/> is stated among <paramref name="passages"/>; null when there is none, so the offline look-up stands.</summary>
    Task<LookupVerdict?> LocateClaimAsync(string claim, IReadOnlyList<SearchHit> passages, CancellationToken cancellationToken);

    /// <summary>A stand-alone reading of the follow-up <paramref name="utterance"/>; null when this writer has none, so the offline reading stands.</summary>
    Task<string?> RewriteFollowUpAsync(string utterance, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken);
}

/// <summary>A question with its retrieved passages: the first <paramref name="Top"/> of <paramref name="Pool"/> are the sources an answer may cite.</summary>
/// <param name="Narrow">What evaluation took out of <paramref name="Pool"/>, taken out of any passage the answerer reads beside it too; null in the product.</param>
public sealed record AnswerRequest(string Question, ReadOnlyMemory<float> QuestionVector, IReadOnlyList<SearchHit> Pool, int Top, IReadOnlyList<ConversationTurn> History,
    Func<IReadOnlyList<SearchHit>, IReadOnlyList<SearchHit>>? Narrow = null);
