using System.Net;

namespace Bot.Web.Tests.BotFramework;

/// <summary>AllowUnauthenticated (local Emulator use): no token is checked, and none is ever fetched or sent.</summary>
public sealed class UnauthenticatedModeTests(UnauthenticatedModeTests.Host host) : IClassFixture<UnauthenticatedModeTests.Host>
{
    [Fact]
    public async Task Message_WithoutToken_IsAnsweredWithoutTheBotsToken()
    {
        var conversation = TeamsHost.NewConversationId();

        using var response = await host.PostAsync(host.Message(conversation, "Who led the Afghan delegation?").ToJsonString(), token: null);
        await Eventually.TrueAsync(() => host.Server.For(conversation).Any(r => r.Type == "message"), "the answer");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.All(host.Server.For(conversation), r => Assert.Null(r.Authorization));
        Assert.Equal(0, host.Server.TokenRequests);
    }

    /// <summary>The same loopback fakes, with authentication switched off and no app id or secret.</summary>
    public sealed class Host : TeamsHost
    {
        protected override Dictionary<string, string> Settings()
        {
            var settings = base.Settings();
            settings.Remove("Bot:BotFramework:MicrosoftAppId");
            settings.Remove("Bot:BotFramework:MicrosoftAppPassword");
            settings["Bot:BotFramework:AllowUnauthenticated"] = "true";
            return settings;
        }
    }
}
