using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Bot.Web.Tests.DirectLine;

/// <summary>A Direct Line 3.0 client that calls what DirectLineJS calls, for protocol tests.</summary>
public sealed class DirectLineClient(HttpClient http, string conversationId, string token)
{
    /// <summary>How long a poll waits for the bot: generous, since it is a ceiling, not a measurement.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public string ConversationId { get; } = conversationId;

    public string Token { get; set; } = token;

    public static async Task<DirectLineClient> StartAsync(HttpClient http)
    {
        using var generated = await SendAsync(http, HttpMethod.Post, "tokens/generate", null, body: null);
        var grant = await JsonAsync(generated, HttpStatusCode.OK);
        using var started = await SendAsync(http, HttpMethod.Post, "conversations", grant.GetProperty("token").GetString(), new { user = new { id = "r_test" } });
        var conversation = await JsonAsync(started, HttpStatusCode.Created);
        return new DirectLineClient(http, conversation.GetProperty("conversationId").GetString()!, conversation.GetProperty("token").GetString()!);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null) => SendAsync(http, method, path, Token, body);

    /// <summary>Posts one activity and returns the id the server gave it.</summary>
    public async Task<string> PostAsync(object activity)
    {
        using var response = await SendAsync(HttpMethod.Post, $"conversations/{ConversationId}/activities", activity);
        return (await JsonAsync(response, HttpStatusCode.OK)).GetProperty("id").GetString()!;
    }

    public async Task<(IReadOnlyList<JsonElement> Activities, long Watermark)> GetAsync(long? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"conversations/{ConversationId}/activities?watermark={watermark}");
        var set = await JsonAsync(response, HttpStatusCode.OK);
        return ([.. set.GetProperty("activities").EnumerateArray()], long.Parse(set.GetProperty("watermark").GetString()!, CultureInfo.InvariantCulture));
    }

    /// <summary>Polls from the start, as a reloading page does, until an activity matches; fails after <see cref="Patience"/>.</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!timeout.IsCancellationRequested)
        {
            var (activities, _) = await GetAsync();
            if (activities.FirstOrDefault(match) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        throw new TimeoutException($"No {what} within {Patience.TotalSeconds} s in conversation {ConversationId}.");
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string? token, object? body)
    {
        using var request = new HttpRequestMessage(method, new Uri($"/v3/directline/{path}", UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Content = body switch
        {
            null => null,
            string raw => new StringContent(raw, Encoding.UTF8, "application/json"),
            _ => JsonContent.Create(body),
        };
        return await http.SendAsync(request);
    }

    /// <summary>The body as JSON, after checking the status (the body is in the failure message).</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} instead of {(int)expected}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Checks the Direct Line error shape <c>{"error":{"code","message"}}</c> and returns the message.</summary>
    public static async Task<string> ErrorAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var error = (await JsonAsync(response, expected)).GetProperty("error");
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("code").GetString()));
        return error.GetProperty("message").GetString()!;
    }
}
