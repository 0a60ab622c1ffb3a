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
    public Task History_OfOneConversation_StaysWithinItsByteCap_DroppingTheOldestFirst() =>
        HistoryCapScenarios.OneConversationAsync(host.StartAsync, HardeningHost.HistoryBytesPerConversation);

    [Fact]
    public async Task History_OfAllConversations_StaysWithinTheTotalCap_TheLeastRecentlyUsedLosingFirst()
    {
        await HistoryCapScenarios.ManyConversationsAsync(host.StartAsync);

        Assert.True(host.Service<DirectLineConversations>().HistoryBytes <= HardeningHost.HistoryBytes, $"{host.Service<DirectLineConversations>().HistoryBytes:N0} bytes held");
    }
}
