using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Bot.Web.BotFramework;

/// <summary>
/// The bot's own token for the Bot Connector (client credentials, §2.2). One token is shared by all replies and
/// fetched again at 80% of its lifetime, one fetch at a time, so a burst of replies costs one call to Entra.
/// </summary>
public sealed partial class BotTokenProvider(
    IHttpClientFactory httpClients,
    ClientCredential credential,
    IOptions<BotFrameworkOptions> options,
    TimeProvider clock,
    ILogger<BotTokenProvider> logger) : IDisposable
{
    /// <summary>The named HttpClient used for the token endpoint.</summary>
    public const string HttpClientName = "BotFramework.Token";

    /// <summary>The one scope a Bot Connector token is asked for.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    private readonly SemaphoreSlim _fetch = new(1, 1);
    private CachedToken? _token;

    /// <summary>A valid access token, from the cache when it is fresh enough.</summary>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } fresh && clock.GetUtcNow() < fresh.RefreshAt)
        {
            return fresh.AccessToken;
        }

        await _fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have fetched it while this one waited.
            if (_token is { } fetched && clock.GetUtcNow() < fetched.RefreshAt)
            {
                return fetched.AccessToken;
            }

            _token = await FetchAsync(cancellationToken).ConfigureAwait(false);
            return _token.AccessToken;
        }
        finally
        {
            _fetch.Release();
        }
    }

    public void Dispose() => _fetch.Dispose();

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var endpoint = options.Value.TokenUri;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.Value.MicrosoftAppId,
            ["scope"] = Scope,
        };
        credential.AddTo(form, endpoint);
        using var content = new FormUrlEncodedContent(form);
        using var response = await httpClients.CreateClient(HttpClientName).PostAsync(endpoint, content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            LogTokenFailed(logger, (int)response.StatusCode, endpoint, body);
            throw new HttpRequestException($"The token endpoint {endpoint} answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token?.AccessToken))
        {
            throw new HttpRequestException($"The token endpoint {endpoint} returned no access_token.");
        }

        var lifetime = TimeSpan.FromSeconds(Math.Max(60, token.ExpiresIn));
        return new CachedToken(token.AccessToken, clock.GetUtcNow() + lifetime * 0.8);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The token endpoint answered {Status} ({Endpoint}): {Body}")]
    private static partial void LogTokenFailed(ILogger logger, int status, Uri endpoint, string body);

    private sealed record CachedToken(string AccessToken, DateTimeOffset RefreshAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
