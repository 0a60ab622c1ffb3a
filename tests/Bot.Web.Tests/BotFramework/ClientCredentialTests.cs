using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bot.Web.BotFramework;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Web.Tests.BotFramework;

/// <summary>The bot's proof of identity to Entra: a secret, or a client assertion signed by a PFX certificate.</summary>
public sealed class ClientCredentialTests
{
    private static readonly Uri TokenEndpoint = new("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");

    [Fact]
    public void AddTo_WithPassword_SendsTheClientSecret()
    {
        using var credential = new ClientCredential(Options.Create(new BotFrameworkOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "s3cret" }), TimeProvider.System);
        var form = new Dictionary<string, string>();

        credential.AddTo(form, TokenEndpoint);

        Assert.Equal("s3cret", form["client_secret"]);
        Assert.DoesNotContain("client_assertion", form.Keys);
    }

    [Fact]
    public async Task AddTo_WithPfxFile_SendsAnAssertionSignedByTheCertificateForTheTokenEndpoint()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=news-bot-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Path.GetTempPath(), $"newsbot-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        try
        {
            using var credential = new ClientCredential(
                Options.Create(new BotFrameworkOptions { MicrosoftAppId = "app", CertificatePath = path, CertificatePassword = "pfx-password" }), TimeProvider.System);
            var form = new Dictionary<string, string>();

            credential.AddTo(form, TokenEndpoint);

            Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
            Assert.DoesNotContain("client_secret", form.Keys);
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"], new TokenValidationParameters
            {
                ValidIssuer = "app",
                ValidAudience = TokenEndpoint.ToString(),
                IssuerSigningKey = new X509SecurityKey(certificate),
            });
            Assert.True(result.IsValid, result.Exception?.Message);
            Assert.Equal("app", result.Claims["sub"]);
            Assert.False(string.IsNullOrEmpty(((JsonWebToken)result.SecurityToken).X5t));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
