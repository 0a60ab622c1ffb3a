using Bot.Web.Activities;

namespace Bot.Web.Chat;

/// <summary>
/// Where a turn's replies go: the Bot Connector for Teams, or a Direct Line conversation for Web Chat.
/// The bot logic is the same for both; only delivery differs.
/// </summary>
public interface IReplyChannel
{
    /// <summary>Whether interim "typing" stream chunks may be sent (Teams: personal chats only).</summary>
    bool SupportsStreaming { get; }

    /// <summary>Sends <paramref name="activity"/>; returns the id the channel gave it, when it gives one.</summary>
    /// <exception cref="StreamingRefusedException">The channel refused a streaming chunk; send one plain message instead.</exception>
    Task<string?> SendAsync(BotActivity activity, CancellationToken cancellationToken);
}

/// <summary>The channel would not take a stream (Teams 403 ContentStreamNotAllowed or "streaming api is not enabled").</summary>
public sealed class StreamingRefusedException(string message) : Exception(message);

/// <summary>What the HTTP response to an <c>invoke</c> carries: Bot Framework answers invokes synchronously (§2.3).</summary>
public sealed record InvokeResponse(int Status, object? Body = null);
