using System.Net;
using System.Text.Json;

namespace Bot.Web.Tests.DirectLine;

/// <summary>A Web Chat conversation over Direct Line 3.0, call by call as DirectLineJS 0.15.5 makes them (§6).</summary>
[Collection(DirectLineCollection.Name)]
public sealed class DirectLineConversationTests(DirectLineHost host)
{
    private const string Question = "Who led the Afghan delegation?";

    [Fact]
    public async Task Start_WithGeneratedToken_Returns201WithATokenForADlUserAndTheWelcome()
    {
        using var generated = await DirectLineClient.SendAsync(host.Http, HttpMethod.Post, "tokens/generate", null, null);
        var grant = await DirectLineClient.JsonAsync(generated, HttpStatusCode.OK);
        using var started = await DirectLineClient.SendAsync(host.Http, HttpMethod.Post, "conversations", grant.GetProperty("token").GetString(), new { user = new { id = "r_x" } });
        var conversation = await DirectLineClient.JsonAsync(started, HttpStatusCode.Created);

        Assert.Equal(1800, grant.GetProperty("expires_in").GetInt32());
        Assert.Equal(grant.GetProperty("conversationId").GetString(), conversation.GetProperty("conversationId").GetString());
        Assert.StartsWith("dl_", TestActivities.Claims(conversation.GetProperty("token").GetString()!).GetProperty("user").GetString(), StringComparison.Ordinal);
        var client = new DirectLineClient(host.Http, conversation.GetProperty("conversationId").GetString()!, conversation.GetProperty("token").GetString()!);
        var welcome = await client.WaitForAsync(TestActivities.IsBotMessage, "welcome");
        Assert.Contains("Hello", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, welcome.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public async Task Start_AgainWithTheSameToken_Returns200()
    {
        var client = await host.StartAsync();

        using var again = await client.SendAsync(HttpMethod.Post, "conversations", new { });

        Assert.Equal(client.ConversationId, (await DirectLineClient.JsonAsync(again, HttpStatusCode.OK)).GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task PostMessage_Returns200WithId_AndTheEchoKeepsTheClientActivityId()
    {
        var client = await host.StartAsync();

        var id = await client.PostAsync(TestActivities.UserMessage("hello", "client-1"));
        var echo = await client.WaitForAsync(a => a.GetProperty("id").GetString() == id, "echo");

        Assert.StartsWith($"{client.ConversationId}|", id, StringComparison.Ordinal);
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(TestActivities.Claims(client.Token).GetProperty("user").GetString(), echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("webchat", echo.GetProperty("channelId").GetString());
        Assert.Equal(client.ConversationId, echo.GetProperty("conversation").GetProperty("id").GetString());
        Assert.EndsWith("Z", echo.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_StreamsTypingFirst_ThenTheCitedMessageReplacesItInHistory()
    {
        var client = await host.StartAsync();
        await client.WaitForAsync(TestActivities.IsBotMessage, "welcome");
        host.Embedder!.Close();
        JsonElement typing;
        string questionId;
        try
        {
            questionId = await client.PostAsync(TestActivities.UserMessage(Question, "client-2"));
            typing = await client.WaitForAsync(a => a.GetProperty("type").GetString() == "typing", "stream start");
        }
        finally
        {
            host.Embedder.Open();
        }

        var answer = await client.WaitForAsync(a => TestActivities.IsAnswerTo(a, questionId), "answer");
        var (history, watermark) = await client.GetAsync(0);

        Assert.Equal(1, typing.GetProperty("channelData").GetProperty("streamSequence").GetInt32());
        Assert.Equal("informative", typing.GetProperty("channelData").GetProperty("streamType").GetString());
        Assert.Equal(typing.GetProperty("id").GetString(), answer.GetProperty("channelData").GetProperty("streamId").GetString());
        Assert.Equal("final", answer.GetProperty("channelData").GetProperty("streamType").GetString());
        Assert.DoesNotContain(history, a => a.GetProperty("type").GetString() == "typing");
        var ids = history.Select(a => a.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(Sequence(ids[^1]), watermark);
    }

    [Fact]
    public async Task Answer_HasMarkersReferenceDefinitionsAndTheMessageEntityWithCitations()
    {
        var client = await host.StartAsync();

        var questionId = await client.PostAsync(TestActivities.UserMessage(Question, "client-3"));
        var answer = await client.WaitForAsync(a => TestActivities.IsAnswerTo(a, questionId), "answer");

        var text = answer.GetProperty("text").GetString()!;
        Assert.Contains("[1]", text, StringComparison.Ordinal);
        Assert.Matches(@"\n\[1\]: http://[^ ]+/sources/[^ ]+#cited", text);
        var entity = answer.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "https://schema.org/Message");
        Assert.Equal(string.Empty, entity.GetProperty("@id").GetString());
        Assert.Equal(1, entity.GetProperty("citation")[0].GetProperty("position").GetInt32());
        Assert.Contains("/sources/", entity.GetProperty("citation")[0].GetProperty("appearance").GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watermark_FromTheLastPoll_ReturnsNothingNewAndNeverGoesBack()
    {
        var client = await host.StartAsync();
        await client.WaitForAsync(TestActivities.IsBotMessage, "welcome");

        var (_, first) = await client.GetAsync();
        var (activities, second) = await client.GetAsync(first);

        Assert.Empty(activities);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Refresh_WithAValidToken_ReturnsANewTokenThatStillOpensTheConversation()
    {
        var client = await host.StartAsync();

        using var refreshed = await client.SendAsync(HttpMethod.Post, "tokens/refresh");
        var grant = await DirectLineClient.JsonAsync(refreshed, HttpStatusCode.OK);
        client.Token = grant.GetProperty("token").GetString()!;
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}?watermark=0");

        Assert.Equal(client.ConversationId, grant.GetProperty("conversationId").GetString());
        Assert.Equal(client.ConversationId, (await DirectLineClient.JsonAsync(reconnect, HttpStatusCode.OK)).GetProperty("conversationId").GetString());
        await client.GetAsync();
    }

    [Fact]
    public async Task FeedbackEvent_FromWebChat_IsStoredAsALineInTheFeedbackFile()
    {
        var client = await host.StartAsync();
        var questionId = await client.PostAsync(TestActivities.UserMessage(Question, "client-4"));
        var answer = await client.WaitForAsync(a => TestActivities.IsAnswerTo(a, questionId), "answer");
        var like = answer.GetProperty("entities")[0].GetProperty("potentialAction").EnumerateArray().First(a => a.GetProperty("@type").GetString() == "LikeAction");
        var likeId = like.GetProperty("@id").GetString()!;

        await client.PostAsync(new
        {
            type = "event",
            name = "webchat:activity-status/feedback",
            channelId = "webchat",
            entities = new[] { new Dictionary<string, string> { ["@id"] = likeId, ["@type"] = "LikeAction", ["actionStatus"] = "PotentialActionStatus" } },
        });

        var line = await WaitForLineAsync(host.Factory.FeedbackFile, likeId.Split(':')[2]);
        Assert.Contains("\"reaction\":\"like\"", line, StringComparison.Ordinal);
        Assert.Contains(Question, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowAnswer_InOneConversation_DoesNotHoldUpAnother()
    {
        var slow = await host.StartAsync();
        host.Embedder!.Close();
        try
        {
            await slow.PostAsync(TestActivities.UserMessage(Question, "client-5"));
            var other = await host.StartAsync();

            var welcome = await other.WaitForAsync(TestActivities.IsBotMessage, "welcome while another answer is held");

            Assert.Contains("Hello", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            host.Embedder.Open();
        }
    }

    private static long Sequence(string activityId) => long.Parse(activityId[(activityId.IndexOf('|', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> WaitForLineAsync(string path, string containing)
    {
        using var timeout = new CancellationTokenSource(DirectLineClient.Patience);
        while (!timeout.IsCancellationRequested)
        {
            if (File.Exists(path) && (await File.ReadAllLinesAsync(path)).FirstOrDefault(l => l.Contains(containing, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        throw new TimeoutException($"No feedback line with {containing} in {path}.");
    }
}
