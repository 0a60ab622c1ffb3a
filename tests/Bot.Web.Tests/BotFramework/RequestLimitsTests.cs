using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Web.Tests.BotFramework;

/// <summary>What /api/messages refuses before any turn runs: bad bodies (400/413) and floods from one conversation (429).</summary>
[Collection(TeamsHostCollection.Name)]
public sealed class RequestLimitsTests(TeamsHost host)
{
    private const string Question = MessagesEndpointTests.Question;

    [Theory]
    [InlineData("oversized", HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("malformed json", HttpStatusCode.BadRequest)]
    [InlineData("no type", HttpStatusCode.BadRequest)]
    [InlineData("no conversation", HttpStatusCode.BadRequest)]
    [InlineData("no serviceUrl", HttpStatusCode.BadRequest)]
    public async Task Messages_WithBadBody_ReturnsJsonErrorAndSendsNothing(string broken, HttpStatusCode expected)
    {
        var conversation = TeamsHost.NewConversationId();
        var activity = host.Message(conversation, Question);
        var body = broken switch
        {
            "oversized" => host.Message(conversation, new string('x', TeamsHost.MaxActivityBytes)).ToJsonString(),
            "malformed json" => "{\"type\": \"message\", ",
            "no type" => Without(activity, "type"),
            "no conversation" => Without(activity, "conversation"),
            _ => Without(activity, "serviceUrl"),
        };

        using var response = await host.PostAsync(body, host.Mint());
        await host.IdleAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()));
        Assert.Empty(host.Server.For(conversation));
    }

    [Fact]
    public async Task Messages_FloodFromOneConversation_Gets429WhileAnotherConversationIsAccepted()
    {
        var flooding = TeamsHost.NewConversationId();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < TeamsHost.ConversationBurst + 3; i++)
        {
            using var response = await host.PostAsync(host.Activity("event", flooding));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("Too many", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        using var other = await host.PostAsync(host.Activity("event", TeamsHost.NewConversationId()));

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, TeamsHost.ConversationBurst), statuses.Take(TeamsHost.ConversationBurst));
        Assert.All(statuses.Skip(TeamsHost.ConversationBurst), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    private static string Without(JsonObject activity, string field)
    {
        activity.Remove(field);
        return activity.ToJsonString();
    }
}
