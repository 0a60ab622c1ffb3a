using System.Text.Json;
using Bot.Web.Activities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Web.BotFramework;

/// <summary>
/// Checks the Bot Connector's JWT (§3), following botbuilder's ChannelValidation: a bad header, token, signature,
/// issuer, audience, lifetime or <c>serviceurl</c> claim is 401; a signing key that does not endorse the
/// activity's channel is 403. The token is checked before the body is read, the claims after.
/// </summary>
public sealed partial class ChannelAuthenticator(
    ChannelMetadata metadata,
    IOptions<BotFrameworkOptions> options,
    ILogger<ChannelAuthenticator> logger)
{
    /// <summary>The only issuer of Bot Connector tokens on the documented path (§3.3).</summary>
    public const string Issuer = "https://api.botframework.com";

    private const string ServiceUrlClaim = "serviceurl";
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>Validates the <c>Authorization</c> header; the result says what the token vouches for.</summary>
    public async Task<ChannelToken> ValidateTokenAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return ChannelToken.Rejected("The Authorization header must be 'Bearer <token>'.");
        }

        // A token that is not even a JWT is refused without the signing keys, so it costs nothing while they are unavailable.
        var jwt = authorization["Bearer ".Length..].Trim();
        if (!IsWellFormed(jwt))
        {
            LogRejected(logger, "not a well-formed JWT");
            return ChannelToken.Rejected("The token is not valid.");
        }

        if (await metadata.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false) is not { } config)
        {
            // Not the caller's fault, so not 401: the channel retries a 503.
            return ChannelToken.Unavailable("The channel's signing keys cannot be fetched just now; try again.");
        }

        var (keys, result) = await ValidateAsync(jwt, config, cancellationToken).ConfigureAwait(false);
        if (!result.IsValid)
        {
            LogRejected(logger, result.Exception?.GetType().Name ?? "invalid token");
            return ChannelToken.Rejected("The token is not valid.");
        }

        var token = (JsonWebToken)result.SecurityToken;
        var kid = token.SigningKey?.KeyId ?? token.Kid;
        var key = keys.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        return ChannelToken.Valid(token.TryGetClaim(ServiceUrlClaim, out var claim) ? claim.Value : null, Endorsements(key));
    }

    /// <summary>The checks that need the activity: <c>serviceurl</c> claim (401) and channel endorsement (403).</summary>
    public ChannelAuthResult Authorize(ChannelToken token, BotActivity activity)
    {
        if (!string.Equals(token.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            LogRejected(logger, "serviceurl claim differs from the activity's serviceUrl");
            return ChannelAuthResult.Unauthorized("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        if (activity.ChannelId is null || !token.Endorsements.Contains(activity.ChannelId))
        {
            LogRejected(logger, $"signing key does not endorse channel '{activity.ChannelId}'");
            return ChannelAuthResult.Forbidden("The signing key does not endorse this channel.");
        }

        return ChannelAuthResult.Allowed;
    }

    private async Task<(OpenIdConnectConfiguration Config, TokenValidationResult Result)> ValidateAsync(string jwt, OpenIdConnectConfiguration config, CancellationToken cancellationToken)
    {
        var result = await Handler.ValidateTokenAsync(jwt, Parameters(config)).ConfigureAwait(false);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys may be added at any time (§3.2); RequestRefresh is throttled by RefreshInterval, so this cannot hammer the server.
            metadata.RequestRefresh();
            config = await metadata.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false) ?? config;
            result = await Handler.ValidateTokenAsync(jwt, Parameters(config)).ConfigureAwait(false);
        }

        return (config, result);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration config) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = options.Value.MicrosoftAppId,
        IssuerSigningKeys = config.SigningKeys,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromMinutes(5),
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
    };

    private static bool IsWellFormed(string jwt)
    {
        if (!Handler.CanReadToken(jwt))
        {
            return false;
        }

        try
        {
            Handler.ReadJsonWebToken(jwt);
            return true;
        }
        catch (Exception error) when (error is ArgumentException or SecurityTokenException)
        {
            return false;
        }
    }

    // The JWKS parser keeps the unknown "endorsements" member as a JsonElement array (checked, §9.5).
    private static HashSet<string> Endorsements(JsonWebKey? key) =>
        key is not null && key.AdditionalData.TryGetValue("endorsements", out var value) && value is JsonElement { ValueKind: JsonValueKind.Array } array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Bot Framework request: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
