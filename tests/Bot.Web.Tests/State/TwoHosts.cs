namespace Bot.Web.Tests.State;

/// <summary>
/// Two real hosts on loopback sharing one real Redis: what a load balancer in front of two machines sees. Built only
/// when redis-server is installed; without it the tests skip and this fixture stays empty.
/// </summary>
public sealed class TwoHosts : IDisposable
{
    private readonly Lazy<(RedisServer Redis, KestrelHost A, KestrelHost B)> _parts = new(Start);

    public RedisServer Redis => _parts.Value.Redis;

    public KestrelHost A => _parts.Value.A;

    public KestrelHost B => _parts.Value.B;

    /// <summary>Settings of a host that keeps its state in <paramref name="redis"/>.</summary>
    public static Dictionary<string, string> Settings(RedisServer redis) => new()
    {
        ["Bot:State:Redis"] = redis.ConnectionString,
        ["Bot:State:TimeoutMilliseconds"] = "1000",
    };

    public void Dispose()
    {
        if (_parts.IsValueCreated)
        {
            A.Dispose();
            B.Dispose();
            Redis.Dispose();
        }
    }

    private static (RedisServer, KestrelHost, KestrelHost) Start()
    {
        var redis = new RedisServer();
        return (redis, KestrelHost.With(Settings(redis)), KestrelHost.With(Settings(redis)));
    }
}
