using System.Runtime.CompilerServices;
using System.Text;
using Bot.Core.Answering;
using Bot.Core.Prompts;
using Bot.Core.Retrieval;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Core.LanguageModels;

/// <summary>Answers from the retrieved passages with the configured chat model, then verifies every citation.</summary>
/// <remarks>
/// The offline answerer is the safety net: when the model is down, times out or keeps failing after the
/// HTTP pipeline's retries, the reader gets the extractive answer and a one-line notice, never an error.
/// </remarks>
public sealed class ModelAnswerer(ModelChat model, PromptLibrary prompts, ExtractiveAnswerer offline, IOptions<ModelOptions> options)
{
    /// <summary>The notice on an answer that came from the offline answerer because the model failed.</summary>
    public const string UnavailableNotice = "The model is unavailable, so this answer comes from the offline answerer.";

    private const string Job = "answer";
    private static readonly OpenAIPromptExecutionSettings Settings = new() { Temperature = 0, MaxTokens = 600 };

    /// <summary>The notice on an answer that came from the offline answerer because the model did not start answering in time.</summary>
    public string SlowStartNotice => $"The model did not start answering within {options.Value.FirstTokenSeconds} s, so this answer comes from the offline answerer.";

    /// <summary>Answers <paramref name="question"/> from the first <paramref name="top"/> passages of <paramref name="pool"/>.</summary>
    public async Task<Answer> AnswerAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top,
        IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken = default)
    {
        var sources = pool.Take(top).ToList();
        if (sources.Count == 0)
        {
            return await offline.AnswerAsync(question, questionVector, pool, top, cancellationToken).ConfigureAwait(false);
        }

        var reply = await model.TryCompleteAsync(Job, ModelPrompt.Build(prompts, question, sources, history), Settings, cancellationToken).ConfigureAwait(false);
        return reply is null
            ? await FallbackAsync(question, questionVector, pool, top, UnavailableNotice, cancellationToken).ConfigureAwait(false)
            : CitationVerifier.Verify(reply, sources);
    }

    /// <summary>Streams the model's tokens as they arrive, then the verified answer (or the offline one if the model fails or is slow to start).</summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top,
        IReadOnlyList<ConversationTurn> history, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var sources = pool.Take(top).ToList();
        if (sources.Count == 0)
        {
            yield return new AnswerUpdate(null, await offline.AnswerAsync(question, questionVector, pool, top, cancellationToken).ConfigureAwait(false));
            yield break;
        }

        var text = new StringBuilder();
        await foreach (var step in model.StreamAsync(Job, ModelPrompt.Build(prompts, question, sources, history), Settings, cancellationToken).ConfigureAwait(false))
        {
            if (step.Failure != ModelFailure.None)
            {
                var notice = step.Failure == ModelFailure.NoFirstToken ? SlowStartNotice : UnavailableNotice;
                yield return new AnswerUpdate(null, await FallbackAsync(question, questionVector, pool, top, notice, cancellationToken).ConfigureAwait(false));
                yield break;
            }

            text.Append(step.Token);
            yield return new AnswerUpdate(step.Token, null);
        }

        yield return new AnswerUpdate(null, CitationVerifier.Verify(text.ToString(), sources));
    }

    private async Task<Answer> FallbackAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top, string notice, CancellationToken cancellationToken)
    {
        var answer = await offline.AnswerAsync(question, questionVector, pool, top, cancellationToken).ConfigureAwait(false);
        return answer with { Notice = Answer.JoinNotices(notice, answer.Notice) };
    }
}
