using Bot.Web.State;
using Bot.Web.Tests.BotFramework;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Web.Tests.State;

/// <summary>A host connects to Redis as it starts, not on its first request, which a missed connect would answer 503.</summary>
public sealed class RedisWarmUpTests
{
    [RedisFact]
    public async Task Start_ConnectsToRedis_BeforeAnyRequest()
    {
        using var redis = new RedisServer();
        using var host = KestrelHost.With(TwoHosts.Settings(redis));

        await Eventually.TrueAsync(() => host.Services.GetRequiredService<RedisState>().IsOpen, "the host's Redis connection, with no request made");
    }

    [Fact]
    public void Start_WithRedisDown_StillStarts()
    {
        using var host = KestrelHost.With(new Dictionary<string, string> { ["Bot:State:Redis"] = "127.0.0.1:1", ["Bot:State:TimeoutMilliseconds"] = "200" });

        Assert.False(host.Services.GetRequiredService<RedisState>().IsOpen);
    }
}
