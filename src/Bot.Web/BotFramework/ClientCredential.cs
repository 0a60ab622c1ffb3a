using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Web.BotFramework;

/// <summary>
/// How the bot proves who it is to the token endpoint: a client secret, or a certificate (PFX file or store
/// thumbprint) that signs a short-lived client assertion (RFC 7523, as Entra expects it).
/// </summary>
public sealed class ClientCredential(IOptions<BotFrameworkOptions> options, TimeProvider clock) : IDisposable
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private readonly Lazy<X509Certificate2?> _certificate = new(() => Load(options.Value));

    /// <summary>Adds <c>client_secret</c>, or <c>client_assertion</c> signed for <paramref name="tokenEndpoint"/>.</summary>
    public void AddTo(Dictionary<string, string> form, Uri tokenEndpoint)
    {
        if (_certificate.Value is not { } certificate)
        {
            form["client_secret"] = options.Value.MicrosoftAppPassword;
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        form["client_assertion_type"] = AssertionType;
        form["client_assertion"] = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.MicrosoftAppId,
            Audience = tokenEndpoint.ToString(),
            Claims = new Dictionary<string, object> { ["sub"] = options.Value.MicrosoftAppId, ["jti"] = Guid.NewGuid().ToString() },
            NotBefore = now,
            IssuedAt = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new X509SigningCredentials(certificate, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value?.Dispose();
        }
    }

    private static X509Certificate2? Load(BotFrameworkOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, string.IsNullOrEmpty(options.CertificatePassword) ? null : options.CertificatePassword);
        }

        if (string.IsNullOrWhiteSpace(options.CertificateThumbprint))
        {
            return null;
        }

        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        var found = store.Certificates.Find(X509FindType.FindByThumbprint, options.CertificateThumbprint, validOnly: false);
        return found.Count > 0 ? found[0]
            : throw new InvalidOperationException($"{BotFrameworkOptions.SectionName}:CertificateThumbprint {options.CertificateThumbprint} is not in the CurrentUser/My store.");
    }
}
