using System.Net;

namespace Bot.Web.Tests.DirectLine;

/// <summary>Bad input, wrong tokens and floods: each gets a 4xx in the Direct Line error shape, and nothing leaks between conversations.</summary>
[Collection(DirectLineCollection.Name)]
public sealed class DirectLineErrorTests(DirectLineHost host)
{
    [Fact]
    public async Task Post_BodyOverTheActivityLimit_Returns413()
    {
        var client = await host.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", new { type = "message", text = new string('a', 262_144) });

        Assert.Contains("262,144", await DirectLineClient.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\": ")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"text\": \"no type\"}")]
    public async Task Post_MalformedOrTypelessActivity_Returns400(string body)
    {
        var client = await host.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", body);

        await DirectLineClient.ErrorAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_ConversationNeverStarted_Returns404()
    {
        using var generated = await DirectLineClient.SendAsync(host.Http, HttpMethod.Post, "tokens/generate", null, null);
        var grant = await DirectLineClient.JsonAsync(generated, HttpStatusCode.OK);
        var client = new DirectLineClient(host.Http, grant.GetProperty("conversationId").GetString()!, grant.GetProperty("token").GetString()!);

        using var response = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities");

        await DirectLineClient.ErrorAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TokenOfConversationA_CannotReadOrWriteConversationB()
    {
        var a = await host.StartAsync();
        var b = await host.StartAsync();
        await b.PostAsync(TestActivities.UserMessage("private question", "b-1"));

        using var read = await a.SendAsync(HttpMethod.Get, $"conversations/{b.ConversationId}/activities");
        using var write = await a.SendAsync(HttpMethod.Post, $"conversations/{b.ConversationId}/activities", new { type = "message", text = "x" });
        using var reconnect = await a.SendAsync(HttpMethod.Get, $"conversations/{b.ConversationId}");

        await DirectLineClient.ErrorAsync(read, HttpStatusCode.Forbidden);
        await DirectLineClient.ErrorAsync(write, HttpStatusCode.Forbidden);
        await DirectLineClient.ErrorAsync(reconnect, HttpStatusCode.Forbidden);
        var (mine, _) = await a.GetAsync();
        Assert.DoesNotContain(mine, x => x.GetProperty("conversation").GetProperty("id").GetString() != a.ConversationId);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-token", HttpStatusCode.Forbidden)]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJjb252IjoieCIsInVzZXIiOiJkbF94In0.c2lnbmF0dXJl", HttpStatusCode.Forbidden)]
    public async Task Requests_WithoutAValidToken_AreRefused(string? token, HttpStatusCode expected)
    {
        var owner = await host.StartAsync();
        var stranger = new DirectLineClient(host.Http, owner.ConversationId, token!);

        using var poll = await stranger.SendAsync(HttpMethod.Get, $"conversations/{owner.ConversationId}/activities");
        using var refresh = await stranger.SendAsync(HttpMethod.Post, "tokens/refresh");
        using var start = await stranger.SendAsync(HttpMethod.Post, "conversations");

        await DirectLineClient.ErrorAsync(poll, expected);
        await DirectLineClient.ErrorAsync(refresh, expected);
        await DirectLineClient.ErrorAsync(start, expected);
    }

    [Fact]
    public async Task ExpiredToken_IsRefusedWith403_SoWebChatKnowsToRenew()
    {
        var client = await host.StartAsync();
        var token = await host.Tokens.ReadAsync($"Bearer {client.Token}");
        client.Token = host.Tokens.Grant(token!, DateTimeOffset.UtcNow.AddHours(-2)).Token;

        using var poll = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities");
        using var refresh = await client.SendAsync(HttpMethod.Post, "tokens/refresh");

        await DirectLineClient.ErrorAsync(poll, HttpStatusCode.Forbidden);
        await DirectLineClient.ErrorAsync(refresh, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Flood_Gets429ForThatConversationOnly()
    {
        var flooding = await host.StartAsync();
        var other = await host.StartAsync();
        var ping = new { type = "event", name = "test/ping", channelId = "webchat" };
        for (var i = 0; i < DirectLineHost.RateLimit; i++)
        {
            await flooding.PostAsync(ping);
        }

        using var refused = await flooding.SendAsync(HttpMethod.Post, $"conversations/{flooding.ConversationId}/activities", ping);

        Assert.Contains("retry after", await DirectLineClient.ErrorAsync(refused, HttpStatusCode.TooManyRequests), StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.StartsWith(other.ConversationId, await other.PostAsync(ping), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_PastThePerAddressLimit_Returns429()
    {
        using var factory = new BotWebFactory(new Dictionary<string, string?> { ["Bot:DirectLine:NewConversationsPerMinute"] = "2" }, null);
        using var http = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await DirectLineClient.SendAsync(http, HttpMethod.Post, "tokens/generate", null, null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await DirectLineClient.ErrorAsync(response, HttpStatusCode.TooManyRequests);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task UnknownEndpoint_AnswersInTheDirectLineErrorShape()
    {
        var client = await host.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/stream");

        await DirectLineClient.ErrorAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_IsRefusedWithAClearMessage()
    {
        var client = await host.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/upload?userId=x", new { });

        Assert.Contains("upload", await DirectLineClient.ErrorAsync(response, HttpStatusCode.BadRequest), StringComparison.OrdinalIgnoreCase);
    }
}
