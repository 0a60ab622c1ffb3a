using System.Net.Sockets;
using Bot.Web.BotFramework;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Bot.Web.Tests.BotFramework;

/// <summary>What the authenticator does when the channel's signing keys cannot be fetched.</summary>
public sealed class ChannelAuthenticatorTests
{
    [Fact]
    public async Task ValidateToken_WhenMetadataIsUnreachable_Returns503NotUnauthorized()
    {
        using var http = new HttpClient();
        var metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            $"http://127.0.0.1:{ClosedPort()}/openid", new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(http) { RequireHttps = false });
        var authenticator = new ChannelAuthenticator(metadata, Options.Create(new BotFrameworkOptions { MicrosoftAppId = "app" }), NullLogger<ChannelAuthenticator>.Instance);

        var token = await authenticator.ValidateTokenAsync("Bearer a.b.c", CancellationToken.None);

        Assert.False(token.IsValid);
        Assert.Equal(503, token.Status);
    }

    // A port that was free a moment ago: connecting to it is refused at once.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
