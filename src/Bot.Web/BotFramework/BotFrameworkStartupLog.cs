using Microsoft.Extensions.Options;

namespace Bot.Web.BotFramework;

/// <summary>Says once, at start, what <c>/api/messages</c> will do, so a missing or unsafe setting is seen early.</summary>
internal sealed partial class BotFrameworkStartupLog(IOptions<BotFrameworkOptions> options, ILogger<BotFrameworkStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Write(logger, options.Value);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Write(ILogger logger, BotFrameworkOptions options)
    {
        switch (options.Mode)
        {
            case BotFrameworkMode.NotConfigured:
                LogNotConfigured(logger, BotFrameworkOptions.SectionName);
                break;
            case BotFrameworkMode.Unauthenticated:
                LogAuthenticationOff(logger, BotFrameworkOptions.SectionName);
                break;
            default:
                LogReady(logger, options.MicrosoftAppId, options.TokenUri);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "/api/messages is not configured and answers 503: set {Section}:MicrosoftAppId and a password or certificate to connect Microsoft Teams")]
    private static partial void LogNotConfigured(ILogger logger, string section);

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages: authentication is OFF ({Section}:AllowUnauthenticated = true). Anyone who can reach this host can talk to the bot; use this only for local testing")]
    private static partial void LogAuthenticationOff(ILogger logger, string section);

    [LoggerMessage(Level = LogLevel.Information, Message = "/api/messages validates Bot Connector tokens for app {AppId}; the bot's token comes from {TokenEndpoint}")]
    private static partial void LogReady(ILogger logger, string appId, Uri tokenEndpoint);
}
