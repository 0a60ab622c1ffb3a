using System.ComponentModel.DataAnnotations;

namespace Bot.Web.BotFramework;

/// <summary>
/// The Microsoft Teams / Bot Framework endpoint <c>POST /api/messages</c> (section <c>Bot:BotFramework</c>).
/// With no app id the host still starts, so the web chat works out of the box; the endpoint then answers 503.
/// </summary>
public sealed class BotFrameworkOptions : IValidatableObject
{
    public const string SectionName = "Bot:BotFramework";

    /// <summary>The Azure Bot's Microsoft App ID: the audience of incoming tokens and the client id of outgoing ones.</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    /// <summary>The app's client secret (set it from the environment: <c>Bot__BotFramework__MicrosoftAppPassword</c>).</summary>
    public string MicrosoftAppPassword { get; set; } = string.Empty;

    /// <summary>A PFX file whose certificate is registered on the app; used instead of a secret (client assertion).</summary>
    public string CertificatePath { get; set; } = string.Empty;

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one.</summary>
    public string CertificatePassword { get; set; } = string.Empty;

    /// <summary>The thumbprint of a certificate in the current user's "My" store; the alternative to <see cref="CertificatePath"/>.</summary>
    public string CertificateThumbprint { get; set; } = string.Empty;

    /// <summary>Single-tenant bots: the tenant whose authority issues the bot's token. Empty: multi-tenant (botframework.com).</summary>
    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    /// <summary>Skips token validation and sends replies without a token: only for the Emulator on this machine.</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>Where the channel's signing keys are published (§3.1). Overridable for tests only.</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Entra token endpoint for the bot's own token. Empty: derived from <see cref="MicrosoftAppTenantId"/> (§2.2).</summary>
    public string TokenEndpoint { get; set; } = string.Empty;

    /// <summary>Retries of a Connector call on 429, 5xx or network errors (Retry-After is honoured).</summary>
    [Range(0, 10)]
    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>How the endpoint behaves, from the settings above.</summary>
    public BotFrameworkMode Mode =>
        AllowUnauthenticated ? BotFrameworkMode.Unauthenticated
        : string.IsNullOrWhiteSpace(MicrosoftAppId) ? BotFrameworkMode.NotConfigured
        : BotFrameworkMode.Authenticated;

    /// <summary>The token endpoint actually used.</summary>
    public Uri TokenUri => new(!string.IsNullOrWhiteSpace(TokenEndpoint) ? TokenEndpoint
        : $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? "botframework.com" : MicrosoftAppTenantId)}/oauth2/v2.0/token");

    /// <summary>Whether replies carry the bot's token: only with an app id, and never when incoming tokens are not checked.</summary>
    public bool SendsToken => Mode == BotFrameworkMode.Authenticated;

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        BotFrameworkRules.Check(this).Select(failure => new ValidationResult(failure));
}

/// <summary>What <c>/api/messages</c> does with a request.</summary>
public enum BotFrameworkMode
{
    /// <summary>No app id: 503 to everything, so a newcomer's host still starts for the web chat.</summary>
    NotConfigured,

    /// <summary>Tokens are validated (§3) and replies carry the bot's token.</summary>
    Authenticated,

    /// <summary>Local testing only: nothing is validated and no token is ever sent.</summary>
    Unauthenticated,
}
