using System.Runtime.CompilerServices;
using System.Text;
using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Prompts;
using Bot.Core.Retrieval;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Core.Models;

/// <summary>Answers from the retrieved passages with the configured chat model, then verifies every citation.</summary>
/// <remarks>
/// The offline answerer is the safety net: when the model is down, times out or keeps failing after the
/// HTTP pipeline's retries, the reader gets the extractive answer and a one-line notice, never an error.
/// </remarks>
public sealed class ModelAnswerer(ModelKernel model, PromptLibrary prompts, ExtractiveAnswerer offline)
{
    /// <summary>The notice on an answer that came from the offline answerer because the model failed.</summary>
    public const string UnavailableNotice = "The model is unavailable, so this answer comes from the offline answerer.";

    private static readonly OpenAIPromptExecutionSettings Settings = new() { Temperature = 0, MaxTokens = 600 };

    /// <summary>Answers <paramref name="question"/> from the first <paramref name="top"/> passages of <paramref name="pool"/>.</summary>
    public async Task<Answer> AnswerAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top,
        IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken = default)
    {
        var sources = pool.Take(top).ToList();
        if (sources.Count == 0)
        {
            return await offline.AnswerAsync(question, questionVector, pool, top, cancellationToken).ConfigureAwait(false);
        }

        var chat = ModelPrompt.Build(prompts, question, sources, history);
        string reply;
        try
        {
            var message = await model.Chat.GetChatMessageContentAsync(chat, Settings, model.Kernel, cancellationToken).ConfigureAwait(false);
            reply = message.Content ?? string.Empty;
        }
        catch (Exception e) when (IsModelFailure(e, cancellationToken))
        {
            return await FallbackAsync(question, questionVector, pool, top, cancellationToken).ConfigureAwait(false);
        }

        return CitationVerifier.Verify(reply, sources);
    }

    /// <summary>Streams the model's tokens as they arrive, then the verified answer (or the offline one if the model fails).</summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top,
        IReadOnlyList<ConversationTurn> history, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var sources = pool.Take(top).ToList();
        if (sources.Count == 0)
        {
            yield return new AnswerUpdate(null, await offline.AnswerAsync(question, questionVector, pool, top, cancellationToken).ConfigureAwait(false));
            yield break;
        }

        var chat = ModelPrompt.Build(prompts, question, sources, history);
        var text = new StringBuilder();
        var stream = model.Chat.GetStreamingChatMessageContentsAsync(chat, Settings, model.Kernel, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (stream.ConfigureAwait(false))
        {
            while (await NextAsync(stream, cancellationToken).ConfigureAwait(false) is { } step)
            {
                if (!step.Ok)
                {
                    yield return new AnswerUpdate(null, await FallbackAsync(question, questionVector, pool, top, cancellationToken).ConfigureAwait(false));
                    yield break;
                }

                text.Append(step.Token);
                yield return new AnswerUpdate(step.Token, null);
            }
        }

        yield return new AnswerUpdate(null, CitationVerifier.Verify(text.ToString(), sources));
    }

    // C# forbids yield inside try/catch, so each step of the stream is taken here; null means the stream ended.
    private static async Task<(bool Ok, string Token)?> NextAsync(IAsyncEnumerator<StreamingChatMessageContent> stream, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.MoveNextAsync().ConfigureAwait(false) ? (true, stream.Current.Content ?? string.Empty) : null;
        }
        catch (Exception e) when (IsModelFailure(e, cancellationToken))
        {
            return (false, string.Empty);
        }
    }

    private async Task<Answer> FallbackAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top, CancellationToken cancellationToken)
    {
        var answer = await offline.AnswerAsync(question, questionVector, pool, top, cancellationToken).ConfigureAwait(false);
        return answer with { Notice = UnavailableNotice };
    }

    // Anything the network, the SDKs or the resilience pipeline throws means "model unavailable"; only the caller's own cancellation propagates.
    private static bool IsModelFailure(Exception e, CancellationToken cancellationToken) =>
        !(e is OperationCanceledException && cancellationToken.IsCancellationRequested);
}
