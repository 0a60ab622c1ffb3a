using System.Net.Http.Json;
using System.Text.Json;

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
    /// <remarks>Five seconds per command, not the product's two: on a busy two-core machine (CI runs test classes in parallel)
    /// a history-cap script once took more than the one second these tests had allowed, and its request answered 503.</remarks>
    public static Dictionary<string, string> Settings(RedisServer redis) => new()
    {
        ["Bot:State:Redis"] = redis.ConnectionString,
        ["Bot:State:TimeoutMilliseconds"] = "5000",
    };

    /// <summary>
    /// <paramref name="host"/>, once its /healthz says Redis is reachable. A host connects to Redis as it starts, and on a
    /// busy machine that first connection can miss its timeout; until it reconnects, requests answer 503, as
    /// they should. A test's first request waits for the host to be ready, as a load balancer's health check would.
    /// </summary>
    public static KestrelHost Ready(KestrelHost host)
    {
        using var http = host.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!HealthAsync(http).GetAwaiter().GetResult().Reachable)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The host's /healthz did not report Redis reachable within 30 s.");
            }

            Thread.Sleep(100);
        }

        return host;
    }

    /// <summary>What the host's /healthz says: its status and whether its state store (Redis) is reachable.</summary>
    public static async Task<(string Status, bool Reachable)> HealthAsync(HttpClient http)
    {
        var health = await http.GetFromJsonAsync<JsonElement>("/healthz");
        return (health.GetProperty("status").GetString()!, health.GetProperty("state").GetProperty("reachable").GetBoolean());
    }

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
        return (redis, Ready(KestrelHost.With(Settings(redis))), Ready(KestrelHost.With(Settings(redis))));
    }
}
