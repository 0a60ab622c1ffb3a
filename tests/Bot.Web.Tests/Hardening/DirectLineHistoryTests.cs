using System.Net;
using System.Text.Json;
using Bot.Web.DirectLine;
using Bot.Web.Tests.DirectLine;

namespace Bot.Web.Tests.Hardening;

/// <summary>
/// Issue 11 item 1: Direct Line history is bounded. A user's echo keeps only what replay needs, each conversation keeps
/// at most its byte cap and all of them together the total, oldest activities going first.
/// </summary>
[Collection(HardeningCollection.Name)]
public sealed class DirectLineHistoryTests(HardeningHost host)
{
    [Fact]
    public async Task Echo_OfAnActivityWithBulkyFields_KeepsOnlyWhatReplayNeeds()
    {
        var client = await host.StartAsync();
        var bulk = new string('x', 60_000);

        var id = await client.PostAsync(new
        {
            type = "event",
            name = "test/ping",
            text = "short text",
            attachments = new[] { new { contentType = "text/plain", content = bulk } },
            entities = new[] { new { type = "ClientCapabilities", padding = bulk } },
            value = new { padding = bulk },
            channelData = new { clientActivityID = "c-1", padding = bulk },
        });
        var echo = await client.WaitForAsync(a => a.GetProperty("id").GetString() == id, "echo");

        Assert.Equal("short text", echo.GetProperty("text").GetString());
        Assert.Equal("c-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.False(echo.TryGetProperty("attachments", out _));
        Assert.False(echo.TryGetProperty("entities", out _));
        Assert.False(echo.TryGetProperty("value", out _));
        Assert.True(echo.GetRawText().Length < 2_000, $"The echo kept {echo.GetRawText().Length:N0} characters.");
    }

    [Fact]
    public async Task History_OfOneConversation_StaysWithinItsByteCap_DroppingTheOldestFirst()
    {
        var client = await host.StartAsync();
        var ids = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await client.PostAsync(new { type = "event", name = "test/ping", text = new string('a', 1_000) }));
        }

        var (history, _) = await client.GetAsync();

        Assert.True(Bytes(history) <= HardeningHost.HistoryBytesPerConversation, $"{Bytes(history):N0} bytes kept");
        Assert.Equal(ids[^1], history[^1].GetProperty("id").GetString());
        Assert.DoesNotContain(history, a => a.GetProperty("id").GetString() == ids[0]);
    }

    [Fact]
    public async Task History_OfAllConversations_StaysWithinTheTotalCap_TheLeastRecentlyUsedLosingFirst()
    {
        var clients = new List<DirectLineClient>();
        for (var c = 0; c < 8; c++)
        {
            var client = await host.StartAsync();
            clients.Add(client);
            for (var i = 0; i < 12; i++)
            {
                await client.PostAsync(new { type = "event", name = "test/ping", text = new string('b', 1_000) });
            }
        }

        var latest = await clients[^1].GetAsync();

        Assert.True(host.Service<DirectLineConversations>().HistoryBytes <= HardeningHost.HistoryBytes, $"{host.Service<DirectLineConversations>().HistoryBytes:N0} bytes held");
        Assert.Equal(12, latest.Activities.Count(a => a.GetProperty("type").GetString() == "event"));
        using var oldest = await clients[0].SendAsync(HttpMethod.Get, $"conversations/{clients[0].ConversationId}/activities");
        var kept = (await DirectLineClient.JsonAsync(oldest, HttpStatusCode.OK)).GetProperty("activities").GetArrayLength();
        Assert.True(kept < 12, $"The least recently used conversation kept all {kept} activities.");
    }

    private static int Bytes(IEnumerable<JsonElement> activities) => activities.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a.GetRawText()));
}
