using Bot.Web.BotFramework;

namespace Bot.Web.Tests.BotFramework;

/// <summary>Start-up validation of <c>Bot:BotFramework</c>: each failure names the setting to fix.</summary>
public sealed class BotFrameworkOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_SucceedsAndLeavesTheEndpointUnconfigured()
    {
        var options = new BotFrameworkOptions();

        Assert.True(Validate(options).Succeeded);
        Assert.Equal(BotFrameworkMode.NotConfigured, options.Mode);
        Assert.Equal(new Uri("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"), options.TokenUri);
    }

    [Theory]
    [InlineData("", "secret", "", "MicrosoftAppId")]
    [InlineData("app", "", "", "MicrosoftAppPassword")]
    [InlineData("app", "secret", "bot.pfx", "Set only one")]
    public void Validate_InconsistentCredentials_FailsNamingTheSetting(string appId, string password, string certificatePath, string expected)
    {
        var result = Validate(new BotFrameworkOptions { MicrosoftAppId = appId, MicrosoftAppPassword = password, CertificatePath = certificatePath });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://login.example/openid")]
    [InlineData("not a url")]
    public void Validate_MetadataUrlOverPlainHttpToAnotherHost_Fails(string url)
    {
        var result = Validate(new BotFrameworkOptions { OpenIdMetadataUrl = url });

        Assert.Contains("OpenIdMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenUri_SingleTenant_UsesTheTenantsAuthority()
    {
        var options = new BotFrameworkOptions { MicrosoftAppTenantId = "contoso.onmicrosoft.com" };

        Assert.Equal(new Uri("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"), options.TokenUri);
    }

    [Fact]
    public void Mode_AllowUnauthenticated_NeverSendsTheToken()
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "secret", AllowUnauthenticated = true };

        Assert.Equal(BotFrameworkMode.Unauthenticated, options.Mode);
        Assert.False(options.SendsToken);
    }

    // The validation that runs at start: attributes, then the options' own rules across settings.
    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(BotFrameworkOptions options) =>
        new Microsoft.Extensions.Options.DataAnnotationValidateOptions<BotFrameworkOptions>(null).Validate(null, options);
}
