using System.Net;
using Bot.Web.DirectLine;
using Bot.Web.Tests.DirectLine;

namespace Bot.Web.Tests.State;

/// <summary>
/// The per-address limit on new Direct Line tokens holds across hosts that share Redis: behind a load balancer a
/// caller gets one allowance, not one per host.
/// </summary>
public sealed class SharedNewTokenLimitTests(SharedNewTokenLimitTests.Hosts hosts) : IClassFixture<SharedNewTokenLimitTests.Hosts>
{
    private const int PerMinute = 3;

    [RedisFact]
    public async Task NewTokens_FromOneAddress_AreLimitedOnceAcrossBothHosts()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PerMinute + 1; i++)
        {
            using var http = (i % 2 == 0 ? hosts.A : hosts.B).CreateClient();
            using var response = await DirectLineClient.SendAsync(http, HttpMethod.Post, "tokens/generate", null, null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(NewTokenLimiter.Refusal, await DirectLineClient.ErrorAsync(response, HttpStatusCode.TooManyRequests));
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, PerMinute), HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>Two hosts over one Redis, with a small allowance of new tokens.</summary>
    public sealed class Hosts : IDisposable
    {
        private readonly Lazy<(RedisServer Redis, KestrelHost A, KestrelHost B)> _parts = new(() =>
        {
            var redis = new RedisServer();
            var settings = TwoHosts.Settings(redis);
            settings["Bot:DirectLine:NewConversationsPerMinute"] = $"{PerMinute}";
            return (redis, TwoHosts.Ready(KestrelHost.With(settings)), TwoHosts.Ready(KestrelHost.With(settings)));
        });

        public KestrelHost A => _parts.Value.A;

        public KestrelHost B => _parts.Value.B;

        public void Dispose()
        {
            if (_parts.IsValueCreated)
            {
                A.Dispose();
                B.Dispose();
                _parts.Value.Redis.Dispose();
            }
        }
    }
}
