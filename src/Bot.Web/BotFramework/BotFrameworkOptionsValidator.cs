using Microsoft.Extensions.Options;

namespace Bot.Web.BotFramework;

/// <summary>Rules between settings that attributes cannot express; each failure names the setting to fix.</summary>
public sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    private const string Prefix = BotFrameworkOptions.SectionName + ":";
    private const string SeeReadme = " (see docs/teams.md).";

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        bool hasAppId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        int credentials = new[] { options.MicrosoftAppPassword, options.CertificatePath, options.CertificateThumbprint }.Count(s => !string.IsNullOrWhiteSpace(s));
        if (!hasAppId && credentials > 0)
        {
            failures.Add($"{Prefix}MicrosoftAppId is required when a password or certificate is set" + SeeReadme);
        }

        if (hasAppId && !options.AllowUnauthenticated && credentials == 0)
        {
            failures.Add($"{Prefix}MicrosoftAppPassword, CertificatePath or CertificateThumbprint is required with {Prefix}MicrosoftAppId: replies need the bot's token" + SeeReadme);
        }

        if (credentials > 1)
        {
            failures.Add($"Set only one of {Prefix}MicrosoftAppPassword, CertificatePath and CertificateThumbprint" + SeeReadme);
        }

        CheckUrl(options.OpenIdMetadataUrl, "OpenIdMetadataUrl", failures);
        if (!string.IsNullOrWhiteSpace(options.TokenEndpoint))
        {
            CheckUrl(options.TokenEndpoint, "TokenEndpoint", failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>True for https, and for plain http to this machine (the loopback servers tests use).</summary>
    public static bool IsSecureOrLoopback(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);

    // Signing keys and the bot's secret must not travel in clear text over a network.
    private static void CheckUrl(string value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !IsSecureOrLoopback(uri))
        {
            failures.Add($"{Prefix}{key} must be an absolute https URL (http only to localhost); it is '{value}'" + SeeReadme);
        }
    }
}
