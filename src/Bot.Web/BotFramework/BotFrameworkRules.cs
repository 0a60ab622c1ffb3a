namespace Bot.Web.BotFramework;

/// <summary>Rules between settings that attributes cannot express (run by <see cref="BotFrameworkOptions"/>'s validation at start); each failure names the setting to fix.</summary>
public static class BotFrameworkRules
{
    private const string Prefix = BotFrameworkOptions.SectionName + ":";
    private const string SeeReadme = " (see docs/teams.md).";

    /// <summary>Every rule <paramref name="options"/> breaks, one message each.</summary>
    public static IReadOnlyList<string> Check(BotFrameworkOptions options)
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

        return failures;
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
