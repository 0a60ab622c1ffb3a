using System.Net;
using System.Text.Json;

namespace Bot.Web.Tests.DirectLine;

/// <summary>
/// The history-cap scenarios of the hardening issue, run the same way against each store (one process, Redis): each
/// checks what a client sees, and the caller adds what its store must hold.
/// </summary>
public static class HistoryCapScenarios
{
    /// <summary>40 posts of 1,000 characters to one conversation: it keeps at most <paramref name="capBytes"/>, the newest last and the first gone.</summary>
    public static async Task OneConversationAsync(Func<Task<DirectLineClient>> start, int capBytes)
    {
        var client = await start();
        var ids = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await client.PostAsync(new { type = "event", name = "test/ping", text = new string('a', 1_000) }));
        }

        var (history, _) = await client.GetAsync();

        Assert.True(Bytes(history) <= capBytes, $"{Bytes(history):N0} bytes kept");
        Assert.Equal(ids[^1], history[^1].GetProperty("id").GetString());
        Assert.DoesNotContain(history, a => a.GetProperty("id").GetString() == ids[0]);
    }

    /// <summary>8 conversations of 12 posts: the least recently used loses some, and more than the latest. Returns the clients.</summary>
    public static async Task<IReadOnlyList<DirectLineClient>> ManyConversationsAsync(Func<Task<DirectLineClient>> start)
    {
        var clients = new List<DirectLineClient>();
        for (var c = 0; c < 8; c++)
        {
            var client = await start();
            clients.Add(client);
            for (var i = 0; i < 12; i++)
            {
                await client.PostAsync(new { type = "event", name = "test/ping", text = new string('b', 1_000) });
            }
        }

        var latest = (await clients[^1].GetAsync()).Activities.Count(a => a.GetProperty("type").GetString() == "event");
        using var oldest = await clients[0].SendAsync(HttpMethod.Get, $"conversations/{clients[0].ConversationId}/activities");
        var kept = (await DirectLineClient.JsonAsync(oldest, HttpStatusCode.OK)).GetProperty("activities").GetArrayLength();

        // Not "the latest keeps all 12": answers to earlier tests' questions on the same host may still be arriving,
        // which makes their conversations more recent than these. Among these, the older loses first.
        Assert.True(kept < 12, $"The least recently used conversation kept all {kept} activities.");
        Assert.True(latest > kept, $"The latest conversation kept {latest} events, the least recently used {kept} activities.");
        return clients;
    }

    private static int Bytes(IEnumerable<JsonElement> activities) => activities.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.GetRawText()));
}
