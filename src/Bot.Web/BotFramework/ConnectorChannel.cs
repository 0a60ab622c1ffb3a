using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Bot.Web.Activities;
using Bot.Web.Chat;

namespace Bot.Web.BotFramework;

/// <summary>
/// Sends one turn's replies through the Bot Connector REST API (§2.1): replies to <c>…/activities/{replyToId}</c>,
/// stream chunks to <c>…/activities</c>. The bot's token is attached only when the turn's <c>serviceUrl</c> was
/// vouched for by a validated channel token (§2.2 security rule).
/// </summary>
public sealed partial class ConnectorChannel(
    HttpClient http,
    BotTokenProvider? tokens,
    ConnectorTurn turn,
    ILogger logger) : IReplyChannel
{
    /// <summary>The named HttpClient used for Connector calls (retries on 429 and 5xx).</summary>
    public const string HttpClientName = "BotFramework.Connector";

    /// <summary>Teams streams in personal (1:1) chats only (§4.3); elsewhere it refuses, so we do not try.</summary>
    public bool SupportsStreaming => turn.ChannelId == "msteams" && turn.ConversationType == "personal";

    public async Task<string?> SendAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        bool chunk = IsStreamChunk(activity);
        using var request = new HttpRequestMessage(HttpMethod.Post, Address(activity, chunk))
        {
            Content = JsonContent.Create(activity, options: ActivityTypes.Json),
        };
        if (tokens is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false));
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return ResourceId(body);
        }

        var operation = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? string.Join(",", values) : "-";
        LogSendFailed(logger, activity.Type, (int)response.StatusCode, operation, body);
        if (chunk && IsStreamingRefusal(response.StatusCode, body))
        {
            throw new StreamingRefusedException($"The channel refused the stream ({(int)response.StatusCode}).");
        }

        throw new HttpRequestException($"The Bot Connector answered {(int)response.StatusCode} to a {activity.Type} activity.", null, response.StatusCode);
    }

    private Uri Address(BotActivity activity, bool chunk)
    {
        var conversation = Uri.EscapeDataString(activity.Conversation?.Id ?? turn.ConversationId);
        var path = chunk || string.IsNullOrEmpty(activity.ReplyToId)
            ? $"v3/conversations/{conversation}/activities"
            : $"v3/conversations/{conversation}/activities/{Uri.EscapeDataString(activity.ReplyToId)}";
        return new Uri(turn.ServiceUrl, path);
    }

    // Interim chunks carry a streaminfo entity without streamType "final"; the final message is a normal reply.
    private static bool IsStreamChunk(BotActivity activity) =>
        activity.Type == ActivityTypes.Typing
        && activity.Entities?.Any(e => JsonFields.StringAt(e, "type") == "streaminfo") == true;

    private static bool IsStreamingRefusal(HttpStatusCode status, string body) =>
        status == HttpStatusCode.Forbidden
        || (status == HttpStatusCode.BadRequest
            && (body.Contains("streaming api is not enabled", StringComparison.OrdinalIgnoreCase) || body.Contains("BadArgument", StringComparison.Ordinal)));

    // ResourceResponse {id}; some answers (202 to a chunk) have an empty body or {}.
    private static string? ResourceId(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The Bot Connector refused a {Type} activity: {Status}, X-Correlating-OperationId {OperationId}: {Body}")]
    private static partial void LogSendFailed(ILogger logger, string? type, int status, string operationId, string body);
}
