using System.Net;
using System.Text;
using Bot.Web.DirectLine;
using Bot.Web.Tests.DirectLine;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Web.Tests.Hardening;

/// <summary>
/// Issue 11 item 13: every Direct Line 429 says when to retry; a token not valid yet, or valid for longer than this host
/// issues, is refused; a watermark beyond the history is 400 in the Direct Line error shape.
/// </summary>
[Collection(HardeningCollection.Name)]
public sealed class DirectLineProtocolTests(HardeningHost host)
{
    [Fact]
    public async Task Generate_PastThePerAddressLimit_Returns429WithRetryAfter()
    {
        using var limited = new HardeningHost(new Dictionary<string, string?> { ["Bot:DirectLine:NewConversationsPerMinute"] = "1" });

        using var first = await DirectLineClient.SendAsync(limited.Http, HttpMethod.Post, "tokens/generate", null, null);
        using var second = await DirectLineClient.SendAsync(limited.Http, HttpMethod.Post, "tokens/generate", null, null);

        await DirectLineClient.ErrorAsync(second, HttpStatusCode.TooManyRequests);
        Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
    }

    [Fact]
    public async Task Post_PastTheConversationsRate_Returns429WithRetryAfter()
    {
        using var limited = new HardeningHost(new Dictionary<string, string?> { ["Bot:Chat:ConversationBurst"] = "1", ["Bot:Chat:ConversationPerMinute"] = "1" });
        var client = await limited.StartAsync();
        var ping = new { type = "event", name = "test/ping" };

        await client.PostAsync(ping);
        using var refused = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", ping);

        await DirectLineClient.ErrorAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without Retry-After");
    }

    [Fact]
    public async Task Token_NotValidYet_IsRefused()
    {
        var owner = await host.StartAsync();
        var early = host.Service<DirectLineTokens>().Grant(new DirectLineToken(owner.ConversationId, "dl_someone"), DateTimeOffset.UtcNow.AddMinutes(10));

        using var poll = await new DirectLineClient(host.Http, owner.ConversationId, early.Token).SendAsync(HttpMethod.Get, $"conversations/{owner.ConversationId}/activities");

        await DirectLineClient.ErrorAsync(poll, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Token_ValidForLongerThanTheConfiguredLifetime_IsRefused()
    {
        var owner = await host.StartAsync();
        var claims = TestActivities.Claims(owner.Token);
        var now = DateTime.UtcNow;
        var forever = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = claims.GetProperty("iss").GetString(),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddDays(365),
            Claims = new Dictionary<string, object> { ["conv"] = owner.ConversationId, ["user"] = claims.GetProperty("user").GetString()! },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(HardeningHost.SigningKey)), SecurityAlgorithms.HmacSha256),
        });

        using var poll = await new DirectLineClient(host.Http, owner.ConversationId, forever).SendAsync(HttpMethod.Get, $"conversations/{owner.ConversationId}/activities");
        using var fine = await owner.SendAsync(HttpMethod.Get, $"conversations/{owner.ConversationId}/activities");

        await DirectLineClient.ErrorAsync(poll, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("-1")]
    [InlineData("abc")]
    public async Task Get_WithAWatermarkThisServerNeverIssued_Returns400(string watermark)
    {
        var client = await host.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities?watermark={watermark}");

        Assert.Contains("watermark", await DirectLineClient.ErrorAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}
