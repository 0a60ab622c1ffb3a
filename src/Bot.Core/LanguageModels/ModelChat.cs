using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Bot.Core.LanguageModels;

/// <summary>Every call to the chat model goes through here: a failure becomes "unavailable", logged in one line.</summary>
/// <remarks>
/// Callers fall back to the offline path on failure, so an exception is never theirs to handle; what an operator
/// needs is one line naming the provider, what went wrong (the HTTP status, a timeout, no connection) and how long
/// it took. A stream that has not produced a token within <c>Bot:Model:FirstTokenSeconds</c> is abandoned: a
/// reader watching typing dots should get the offline answer, not wait for the whole call's timeout.
/// </remarks>
public sealed partial class ModelChat(ModelKernel model, IOptions<ModelOptions> options, ILogger<ModelChat> logger)
{
    /// <summary>The reply text, or null when the model failed.</summary>
    public async Task<string?> TryCompleteAsync(string job, ChatHistory chat, PromptExecutionSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var message = await model.Chat.GetChatMessageContentAsync(chat, settings, model.Kernel, cancellationToken).ConfigureAwait(false);
            return message.Content ?? string.Empty;
        }
        catch (Exception e) when (!IsCallerCancellation(e, cancellationToken))
        {
            LogFailure(job, ModelFailures.Describe(e, options.Value), clock.Elapsed);
            return null;
        }
    }

    /// <summary>The reply as it arrives; a failed call ends with one step whose <see cref="ModelStep.Failure"/> is set.</summary>
    public async IAsyncEnumerable<ModelStep> StreamAsync(string job, ChatHistory chat, PromptExecutionSettings settings,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var firstToken = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        firstToken.CancelAfter(TimeSpan.FromSeconds(options.Value.FirstTokenSeconds));
        var stream = model.Chat.GetStreamingChatMessageContentsAsync(chat, settings, model.Kernel, firstToken.Token).GetAsyncEnumerator(firstToken.Token);
        await using (stream.ConfigureAwait(false))
        {
            bool started = false;
            while (await NextAsync(stream, cancellationToken).ConfigureAwait(false) is var (token, error))
            {
                if (error is not null)
                {
                    var failure = started || !firstToken.IsCancellationRequested ? ModelFailure.Unavailable : ModelFailure.NoFirstToken;
                    LogFailure(job, failure == ModelFailure.NoFirstToken ? $"no first token within {options.Value.FirstTokenSeconds} s" : ModelFailures.Describe(error, options.Value), clock.Elapsed);
                    yield return new ModelStep(string.Empty, failure);
                    yield break;
                }

                if (!started && token.Length > 0)
                {
                    started = true;
                    firstToken.CancelAfter(Timeout.InfiniteTimeSpan);
                }

                yield return new ModelStep(token, ModelFailure.None);
            }
        }
    }

    // C# forbids yield inside try/catch, so each step of the stream is taken here; null means the stream ended.
    private static async Task<(string Token, Exception? Error)?> NextAsync(IAsyncEnumerator<StreamingChatMessageContent> stream, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.MoveNextAsync().ConfigureAwait(false) ? (stream.Current.Content ?? string.Empty, null) : null;
        }
        catch (Exception e) when (!IsCallerCancellation(e, cancellationToken))
        {
            return (string.Empty, e);
        }
    }

    private void LogFailure(string job, string what, TimeSpan elapsed) =>
        LogFailed(logger, job, options.Value.Provider, what, (long)elapsed.TotalMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model call failed ({Job}): provider {Provider}, {What}, after {ElapsedMs} ms; answering offline.")]
    private static partial void LogFailed(ILogger logger, string job, string provider, string what, long elapsedMs);

    // Only the caller's own cancellation propagates; anything else the network, the SDKs or the resilience pipeline
    // throws means "model unavailable".
    private static bool IsCallerCancellation(Exception e, CancellationToken cancellationToken) =>
        e is OperationCanceledException && cancellationToken.IsCancellationRequested;
}
