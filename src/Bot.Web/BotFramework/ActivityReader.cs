using System.Text.Json;
using Bot.Web.Activities;

namespace Bot.Web.BotFramework;

/// <summary>Reads an activity from a request body: size-limited (413), well-formed (400), with the fields replies need and the JSON types we read (400).</summary>
internal static class ActivityReader
{
    /// <summary>The activity, or the status and message to refuse it with.</summary>
    public static async Task<(BotActivity? Activity, int Status, string? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var bytes = await RequestBody.ReadLimitedAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes:N0} bytes.");
        }

        BotActivity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<BotActivity>(bytes, ActivityTypes.Json);
        }
        catch (JsonException)
        {
            return (null, StatusCodes.Status400BadRequest, "The body must be a Bot Framework activity in JSON.");
        }

        if (Missing(activity) is { } missing)
        {
            return (null, StatusCodes.Status400BadRequest, $"The activity has no {missing}.");
        }

        return ActivityShape.Problem(activity!) is { } problem
            ? (null, StatusCodes.Status400BadRequest, problem)
            : (activity, StatusCodes.Status200OK, null);
    }

    // Replies need all three (A2010, A2080, A2300); a serviceUrl that is not an absolute http(s) URL cannot be replied to.
    private static string? Missing(BotActivity? activity) =>
        activity is null ? "content"
        : string.IsNullOrWhiteSpace(activity.Type) ? "\"type\""
        : string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "\"conversation.id\""
        : !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) ? "valid \"serviceUrl\""
        : null;
}
