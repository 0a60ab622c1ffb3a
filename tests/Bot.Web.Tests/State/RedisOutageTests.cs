using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Web.Tests.DirectLine;

namespace Bot.Web.Tests.State;

/// <summary>
/// A host whose Redis goes away: requests that need state answer 503 in the usual error shape, /healthz says
/// "degraded", nothing crashes, and once Redis is back the host serves again by itself.
/// </summary>
public sealed class RedisOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [RedisFact]
    public async Task RedisStopped_Answers503AndDegraded_ThenRecoversWhenRedisReturns()
    {
        using var redis = new RedisServer();
        using var host = TwoHosts.Ready(KestrelHost.With(TwoHosts.Settings(redis)));
        using var http = host.CreateClient();
        var conversation = await DirectLineClient.StartAsync(http);

        redis.Stop();

        using var post = await conversation.SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/activities", TestActivities.UserMessage("hello", "c-1"));
        using var generate = await DirectLineClient.SendAsync(http, HttpMethod.Post, "tokens/generate", null, null);
        using var ask = await http.PostAsJsonAsync("/api/ask", new { question = "Who led the Afghan delegation?" });
        Assert.Contains("unavailable", await DirectLineClient.ErrorAsync(post, HttpStatusCode.ServiceUnavailable), StringComparison.Ordinal);
        Assert.True(post.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ask.StatusCode);
        Assert.Contains("unavailable", (await ask.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(("degraded", false), await TwoHosts.HealthAsync(http));

        redis.Start();

        await WaitForAsync(async () => await TwoHosts.HealthAsync(http) == ("ok", true), "/healthz ok after Redis returned");
        // /healthz reads the connection's state; a command sent just as it reconnects may still fail for a moment.
        await WaitForAsync(async () => await TokenGrantedAsync(http), "a token granted after Redis returned");
        var again = await DirectLineClient.StartAsync(http);
        var id = await again.PostAsync(TestActivities.UserMessage("hello", "c-2"));
        await again.WaitForAsync(a => TestActivities.IsAnswerTo(a, id), "an answer after Redis returned");
    }

    private static async Task<bool> TokenGrantedAsync(HttpClient http)
    {
        using var generated = await DirectLineClient.SendAsync(http, HttpMethod.Post, "tokens/generate", null, null);
        return generated.IsSuccessStatusCode;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(200, timeout.Token).ConfigureAwait(false);
        }

        Assert.False(timeout.IsCancellationRequested, what);
    }
}
