using System.Net;
using System.Security.Cryptography;
using System.Text.Json;

namespace Bot.Web.Tests.BotFramework;

/// <summary>Each rule of §3.3 refuses the request, and nothing of a refused request ever reaches the Connector.</summary>
[Collection(TeamsHostCollection.Name)]
public sealed class ChannelAuthenticationTests(TeamsHost host)
{
    [Theory]
    [InlineData("no header", HttpStatusCode.Unauthorized)]
    [InlineData("not bearer", HttpStatusCode.Unauthorized)]
    [InlineData("malformed token", HttpStatusCode.Unauthorized)]
    [InlineData("wrong issuer", HttpStatusCode.Unauthorized)]
    [InlineData("wrong audience", HttpStatusCode.Unauthorized)]
    [InlineData("expired", HttpStatusCode.Unauthorized)]
    [InlineData("signed by another key", HttpStatusCode.Unauthorized)]
    [InlineData("serviceurl claim mismatch", HttpStatusCode.Unauthorized)]
    [InlineData("channel not endorsed", HttpStatusCode.Forbidden)]
    public async Task Messages_WithBadCredentials_IsRefusedAndNothingIsSent(string broken, HttpStatusCode expected)
    {
        var conversation = TeamsHost.NewConversationId();
        var activity = host.Message(conversation, "How many soldiers died in the NATO strike?");
        if (broken == "channel not endorsed")
        {
            activity["channelId"] = "webchat";
        }

        using var response = await SendAsync(activity.ToJsonString(), broken);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()));
        await host.IdleAsync();
        Assert.Empty(host.Server.For(conversation));
    }

    [Fact]
    public async Task Messages_WithGoodToken_IsAccepted()
    {
        using var response = await host.PostAsync(host.Activity("conversationUpdate", TeamsHost.NewConversationId()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string body, string broken)
    {
        using var otherKey = RSA.Create(2048);
        if (broken == "not bearer")
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = new StringContent(body) };
            request.Headers.TryAddWithoutValidation("Authorization", "Basic " + host.Mint());
            return await host.Client.SendAsync(request);
        }

        var token = broken switch
        {
            "no header" => null,
            "malformed token" => "not.a-jwt",
            "wrong issuer" => host.Mint(issuer: "https://evil.example"),
            "wrong audience" => host.Mint(audience: "someone-else"),
            "expired" => host.Mint(expires: DateTime.UtcNow.AddMinutes(-10)),
            "signed by another key" => host.Mint(key: otherKey),
            "serviceurl claim mismatch" => host.Mint(serviceUrl: "https://smba.trafficmanager.net/amer/"),
            _ => host.Mint(),
        };
        return await host.PostAsync(body, token);
    }
}
