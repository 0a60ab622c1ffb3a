using System.Security.Cryptography;
using Bot.Web.BotFramework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Web.Tests.Hardening;

/// <summary>
/// Issue 11 item 15: while the channel's OpenID metadata cannot be fetched, each failure is one log line without a
/// stack trace, fetches back off instead of repeating per request, and a token that is not a JWT is 401 at once.
/// The metadata server is real (loopback HTTP answering 500) and counts the fetches.
/// </summary>
public sealed class ChannelMetadataTests : IAsyncLifetime, IDisposable
{
    private readonly ManualClock _clock = new();
    private readonly LogCapture _logs = new();
    private WebApplication _server = null!;
    private int _fetches;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapGet("/openid", () =>
        {
            Interlocked.Increment(ref _fetches);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        });
        await _server.StartAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task Requests_WhileTheMetadataIsDown_Get503_WithOneFetchAndOneLogLinePerBackOff()
    {
        var authenticator = Authenticator(out var http);
        using var _ = http;
        var token = $"Bearer {WellFormedToken()}";

        var first = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => authenticator.ValidateTokenAsync(token, CancellationToken.None)));
        var fetchesDuringBackOff = Volatile.Read(ref _fetches);
        _clock.Advance(TimeSpan.FromSeconds(6));
        var later = await authenticator.ValidateTokenAsync(token, CancellationToken.None);

        Assert.All(first, t => Assert.Equal(StatusCodes.Status503ServiceUnavailable, t.Status));
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, later.Status);
        Assert.InRange(fetchesDuringBackOff, 1, 2);
        Assert.InRange(Volatile.Read(ref _fetches), fetchesDuringBackOff + 1, fetchesDuringBackOff + 2);
        var lines = _logs.Messages.Where(m => m.Contains("OpenID", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.DoesNotContain("\n", line, StringComparison.Ordinal));
        Assert.Empty(_logs.Exceptions);
    }

    [Theory]
    [InlineData("not.a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    public async Task TokenThatIsNotAJwt_Is401AtOnce_WithoutFetchingTheMetadata(string notAJwt)
    {
        var authenticator = Authenticator(out var http);
        using var _ = http;

        var result = await authenticator.ValidateTokenAsync($"Bearer {notAJwt}", CancellationToken.None);

        Assert.Equal(StatusCodes.Status401Unauthorized, result.Status);
        Assert.Equal(0, Volatile.Read(ref _fetches));
    }

    private ChannelAuthenticator Authenticator(out HttpClient http)
    {
        http = new HttpClient();
        var url = new Uri(new Uri(_server.Urls.First()), "openid").ToString();
        var manager = new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(http) { RequireHttps = false });
        var factory = LoggerFactory.Create(b => b.AddProvider(_logs));
        return new ChannelAuthenticator(
            new ChannelMetadata(manager, _clock, factory.CreateLogger<ChannelMetadata>()),
            Options.Create(new BotFrameworkOptions { MicrosoftAppId = "app" }),
            factory.CreateLogger<ChannelAuthenticator>());
    }

    private static string WellFormedToken()
    {
        using var key = RSA.Create(2048);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ChannelAuthenticator.Issuer,
            Audience = "app",
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256),
        });
    }
}
