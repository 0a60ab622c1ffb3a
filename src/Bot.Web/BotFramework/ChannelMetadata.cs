using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Bot.Web.BotFramework;

/// <summary>
/// The channel's OpenID metadata and signing keys (§3.1), through <see cref="ConfigurationManager{T}"/>. While they
/// cannot be fetched, the manager would try again on every request and its error carries a long stack trace; here a
/// failure is logged as one line and the next attempt waits, 5 s at first, doubling up to 5 minutes. Meanwhile
/// requests are answered at once (503), without another fetch.
/// </summary>
public sealed partial class ChannelMetadata(IConfigurationManager<OpenIdConnectConfiguration> manager, TimeProvider clock, ILogger<ChannelMetadata> logger)
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(5), LongestWait = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private TimeSpan _wait = TimeSpan.Zero;
    private DateTimeOffset _nextAttempt = DateTimeOffset.MinValue;
    private Task<OpenIdConnectConfiguration?>? _fetch;

    /// <summary>The metadata, or null while it cannot be fetched. Requests that arrive during a fetch share it.</summary>
    public Task<OpenIdConnectConfiguration?> GetAsync()
    {
        lock (_gate)
        {
            if (clock.GetUtcNow() < _nextAttempt)
            {
                return Task.FromResult<OpenIdConnectConfiguration?>(null);
            }

            if (_fetch is not { IsCompleted: false })
            {
                _fetch = FetchAsync();
            }

            return _fetch;
        }
    }

    /// <summary>Asks for fresh keys on the next fetch (a token named a key we do not have); the manager throttles it.</summary>
    public void RequestRefresh() => manager.RequestRefresh();

    // Not tied to one request's cancellation: other requests may be waiting for the same fetch.
    private async Task<OpenIdConnectConfiguration?> FetchAsync()
    {
        try
        {
            var configuration = await manager.GetConfigurationAsync(CancellationToken.None).ConfigureAwait(false);
            Recovered();
            return configuration;
        }
        catch (Exception error) when (error is InvalidOperationException or HttpRequestException or IOException)
        {
            Failed(error);
            return null;
        }
    }

    private void Failed(Exception error)
    {
        TimeSpan wait;
        lock (_gate)
        {
            _wait = _wait == TimeSpan.Zero ? FirstWait : TimeSpan.FromTicks(Math.Min(_wait.Ticks * 2, LongestWait.Ticks));
            _nextAttempt = clock.GetUtcNow() + _wait;
            wait = _wait;
        }

        LogUnavailable(logger, Reason(error), wait.TotalSeconds);
    }

    private void Recovered()
    {
        lock (_gate)
        {
            if (_wait == TimeSpan.Zero)
            {
                return;
            }

            _wait = TimeSpan.Zero;
        }

        LogRecovered(logger);
    }

    // The innermost cause in one short line: "HttpRequestException: Connection refused (127.0.0.1:1)".
    private static string Reason(Exception error)
    {
        var cause = error.GetBaseException();
        var message = cause.Message.ReplaceLineEndings(" ");
        return $"{cause.GetType().Name}: {(message.Length > 200 ? message[..200] + "…" : message)}";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The Bot Framework OpenID metadata could not be fetched ({Reason}); /api/messages answers 503, next attempt in {Seconds} s")]
    private static partial void LogUnavailable(ILogger logger, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The Bot Framework OpenID metadata is fetched again; /api/messages validates tokens")]
    private static partial void LogRecovered(ILogger logger);
}
