using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Core.Models;

/// <summary>One non-streamed model call that reports failure as null, so callers can fall back to the offline path.</summary>
internal static class ModelChat
{
    /// <summary>The reply text, or null when the model failed (network, status, timeout after the HTTP pipeline's retries).</summary>
    public static async Task<string?> TryCompleteAsync(ModelKernel model, ChatHistory chat, OpenAIPromptExecutionSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var message = await model.Chat.GetChatMessageContentAsync(chat, settings, model.Kernel, cancellationToken).ConfigureAwait(false);
            return message.Content ?? string.Empty;
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // Anything the network, the SDKs or the resilience pipeline throws means "model unavailable";
            // only the caller's own cancellation propagates.
            return null;
        }
    }
}
