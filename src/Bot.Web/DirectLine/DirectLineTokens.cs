using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Web.DirectLine;

/// <summary>
/// Issues and checks the HS256 JWTs that stand in for Azure's Direct Line tokens. Web Chat 4.18.1 reads the
/// <c>user</c> claim as the user id (§6.2.7), so the user is bound to the token, not chosen by the page.
/// </summary>
public sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const string Issuer = "newsbot-directline", ConversationClaim = "conv", UserClaim = "user";

    private readonly JsonWebTokenHandler _handler = new();
    private readonly SymmetricSecurityKey _key = new(KeyBytes(options.Value.TokenSigningKey));

    /// <summary>Seconds a new token lives (<c>expires_in</c>).</summary>
    public int LifetimeSeconds => options.Value.TokenLifetimeSeconds;

    /// <summary>A token for a new conversation and a new user.</summary>
    public ConversationGrant Generate() => Grant(new DirectLineToken(NewId(), $"dl_{Guid.NewGuid():N}"));

    /// <summary>A fresh token with the same conversation and user.</summary>
    public ConversationGrant Grant(DirectLineToken token) => Grant(token, clock.GetUtcNow());

    /// <summary>A token issued at <paramref name="issuedAt"/>; tests use a past time to get an expired one.</summary>
    public ConversationGrant Grant(DirectLineToken token, DateTimeOffset issuedAt)
    {
        var jwt = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = issuedAt.AddSeconds(LifetimeSeconds).UtcDateTime,
            Claims = new Dictionary<string, object> { [ConversationClaim] = token.ConversationId, [UserClaim] = token.UserId },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
        return new ConversationGrant(token.ConversationId, jwt, LifetimeSeconds);
    }

    /// <summary>The grant in an <c>Authorization: Bearer …</c> header; null when missing, forged, malformed or expired.</summary>
    public async Task<DirectLineToken?> ReadAsync(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(authorization[scheme.Length..].Trim(), Parameters()).ConfigureAwait(false);
        return result.IsValid
            && result.Claims.TryGetValue(ConversationClaim, out var conversation) && conversation is string conversationId
            && result.Claims.TryGetValue(UserClaim, out var user) && user is string userId
            ? new DirectLineToken(conversationId, userId)
            : null;
    }

    private TokenValidationParameters Parameters() => new()
    {
        ValidIssuer = Issuer,
        ValidateAudience = false,
        IssuerSigningKey = _key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        // Lifetime is judged by the host's TimeProvider, with no grace period, so that tests and the host agree. A token
        // not valid yet, or valid for longer than this host issues, was not issued by this host as configured now.
        LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(notBefore, expires, clock.GetUtcNow().UtcDateTime),
    };

    private bool IsCurrent(DateTime? notBefore, DateTime? expires, DateTime now) =>
        notBefore is { } from && expires is { } until
        && from <= now && now < until
        && until - from <= TimeSpan.FromSeconds(LifetimeSeconds);

    // Conversation ids appear in URLs and activity ids: letters and digits only.
    private static string NewId() => Guid.NewGuid().ToString("N");

    private static byte[] KeyBytes(string configured) =>
        configured.Length > 0 ? Encoding.UTF8.GetBytes(configured) : RandomNumberGenerator.GetBytes(32);
}
