using System.Net;
using System.Text;
using System.Text.Json;

namespace Bot.Web.Tests.BotFramework;

/// <summary>The default settings (no app id): the host starts for the web chat and /api/messages says what to configure.</summary>
public sealed class NotConfiguredTests : IDisposable
{
    private readonly BotWebFactory _factory = new();

    [Fact]
    public async Task Messages_WithoutAppId_Returns503NamingTheSettingWhileOtherEndpointsWork()
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent("{\"type\":\"message\"}", Encoding.UTF8, "application/json");

        using var messages = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, messages.StatusCode);
        Assert.Contains("Bot:BotFramework:MicrosoftAppId", JsonDocument.Parse(await messages.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
