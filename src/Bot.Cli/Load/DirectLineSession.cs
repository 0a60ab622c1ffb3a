using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Cli.Load;

/// <summary>One Web Chat-like client: a Direct Line 3.0 conversation that posts a question and polls for the answer.</summary>
internal sealed class DirectLineSession(HttpClient http, string conversationId, string token, string userId)
{
    private string _watermark = string.Empty;

    /// <summary>Gets a token and starts a conversation, as the page does.</summary>
    public static async Task<DirectLineSession> StartAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var generated = await http.PostAsync(new Uri("v3/directline/tokens/generate", UriKind.Relative), null, cancellationToken).ConfigureAwait(false);
        var token = (await ReadAsync(generated, cancellationToken).ConfigureAwait(false))["token"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations") { Content = JsonContent.Create(new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var conversation = await ReadAsync(started, cancellationToken).ConfigureAwait(false);
        var conversationToken = conversation["token"]?.GetValue<string>() ?? token;
        return new DirectLineSession(http, conversation["conversationId"]!.GetValue<string>(), conversationToken, $"load-{Guid.NewGuid():N}");
    }

    /// <summary>Posts <paramref name="text"/>; returns the HTTP status and the activity id the server gave it.</summary>
    public async Task<(HttpStatusCode Status, string? Id)> PostAsync(string text, CancellationToken cancellationToken)
    {
        using var request = Authorized(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities");
        request.Content = JsonContent.Create(new { type = "message", text, from = new { id = userId, role = "user" }, channelData = new { clientActivityID = Guid.NewGuid().ToString("N") } });
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return (response.StatusCode, null);
        }

        return (response.StatusCode, (await ReadAsync(response, cancellationToken).ConfigureAwait(false))["id"]?.GetValue<string>());
    }

    /// <summary>Polls until the bot's message answering <paramref name="activityId"/> arrives; returns how long that took.</summary>
    public async Task<TimeSpan> WaitForAnswerAsync(string activityId, TimeSpan pollEvery, Stopwatch since, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var request = Authorized(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={Uri.EscapeDataString(_watermark)}");
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var page = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
            _watermark = page["watermark"]?.GetValue<string>() ?? _watermark;
            if (page["activities"]?.AsArray().Any(a => IsAnswerTo(a, activityId)) == true)
            {
                return since.Elapsed;
            }

            await Task.Delay(pollEvery, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsAnswerTo(JsonNode? activity, string activityId) =>
        activity?["type"]?.GetValue<string>() == "message" && activity["replyToId"]?.GetValue<string>() == activityId;

    private HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {body}", null, response.StatusCode);
        }

        return JsonNode.Parse(body) ?? throw new JsonException($"Empty body from {response.RequestMessage?.RequestUri}");
    }
}
