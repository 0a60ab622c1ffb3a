using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Web.State;

/// <summary>
/// The one Redis connection of this host. It never fails the host: a Redis that is down at start or later makes state
/// calls fail at once (<see cref="BacklogPolicy.FailFast"/>, so requests answer 503 instead of queueing), while the
/// client reconnects in the background with a bounded exponential back-off, and service resumes by itself.
/// </summary>
public sealed class RedisState(IOptions<StateOptions> options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() => Connect(options.Value));

    /// <summary>True once the connection is made and up.</summary>
    public bool IsOpen => _connection.IsValueCreated && _connection.Value.IsConnected;

    /// <summary>Makes the connection now rather than on the first request (<see cref="RedisWarmUp"/>).</summary>
    public void Open() => _ = _connection.Value;

    /// <summary>The database state is kept in.</summary>
    public IDatabase Database => _connection.Value.GetDatabase();

    /// <summary><paramref name="name"/> under this bot's key prefix.</summary>
    public RedisKey Key(string name) => options.Value.KeyPrefix + name;

    /// <summary>The key prefix, for scripts that build keys themselves.</summary>
    public string Prefix => options.Value.KeyPrefix;

    /// <summary>True when Redis answers a PING within the time limit.</summary>
    public async Task<bool> IsReachableAsync()
    {
        try
        {
            await Database.PingAsync().ConfigureAwait(false);
            return true;
        }
        catch (Exception error) when (StateFailure.IsUnavailable(error))
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }

    private static ConnectionMultiplexer Connect(StateOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Redis);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = options.TimeoutMilliseconds;
        configuration.SyncTimeout = options.TimeoutMilliseconds;
        configuration.AsyncTimeout = options.TimeoutMilliseconds;
        // Reconnect attempts back off from half a second to ten: bounded work while Redis is away, quick return after.
        configuration.ReconnectRetryPolicy = new ExponentialRetry(500, 10_000);
        return ConnectionMultiplexer.Connect(configuration);
    }
}
