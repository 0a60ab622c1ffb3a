using Bot.Web.Tests.DirectLine;
using StackExchange.Redis;

namespace Bot.Web.Tests.State;

/// <summary>
/// The Direct Line history caps of the hardening issue hold when the history lives in Redis: each conversation within
/// its byte cap and all of them within the total, oldest activities first, and the byte counters the scripts keep
/// always equal what is really stored (read back from Redis itself, not through the host).
/// </summary>
public sealed class RedisHistoryCapTests(RedisHistoryCapTests.CappedHost host) : IClassFixture<RedisHistoryCapTests.CappedHost>
{
    private const int BytesPerConversation = 16_384, BytesInAll = 65_536;

    [RedisFact]
    public async Task History_OfOneConversation_StaysWithinItsByteCap_DroppingTheOldestFirst()
    {
        DirectLineClient? client = null;
        await HistoryCapScenarios.OneConversationAsync(async () => client = await host.StartAsync(), BytesPerConversation);

        Assert.Equal(await host.StoredBytesAsync(client!.ConversationId), await host.CountedBytesAsync(client.ConversationId));
    }

    [RedisFact]
    public async Task History_OfAllConversations_StaysWithinTheTotalCap_TheLeastRecentlyUsedLosingFirst()
    {
        var clients = await HistoryCapScenarios.ManyConversationsAsync(host.StartAsync);

        long total = await host.TotalBytesAsync();
        Assert.True(total <= BytesInAll, $"{total:N0} bytes held in Redis");
        foreach (var client in clients)
        {
            Assert.Equal(await host.StoredBytesAsync(client.ConversationId), await host.CountedBytesAsync(client.ConversationId));
        }
    }

    /// <summary>One host with small history caps over its own Redis, and a direct connection to that Redis to check it.</summary>
    public sealed class CappedHost : IDisposable
    {
        private const string Prefix = "caps:";
        private readonly Lazy<(RedisServer Redis, KestrelHost Host, ConnectionMultiplexer Connection)> _parts = new(Start);

        public async Task<DirectLineClient> StartAsync() => await DirectLineClient.StartAsync(_parts.Value.Host.CreateClient());

        /// <summary>The bytes of the activity JSON stored in a conversation's log (each entry is three header lines and the JSON).</summary>
        public async Task<long> StoredBytesAsync(string conversationId)
        {
            var entries = await Database.SortedSetRangeByRankAsync($"{Prefix}dl:{conversationId}:log");
            return entries.Sum(e => (long)System.Text.Encoding.UTF8.GetByteCount(JsonOf(e.ToString())));
        }

        /// <summary>What the scripts' counter says the conversation holds.</summary>
        public async Task<long> CountedBytesAsync(string conversationId) =>
            (long)(await Database.SortedSetScoreAsync($"{Prefix}dl:sizes", conversationId) ?? 0);

        public async Task<long> TotalBytesAsync() => (long)await Database.StringGetAsync($"{Prefix}dl:bytes");

        public void Dispose()
        {
            if (_parts.IsValueCreated)
            {
                _parts.Value.Connection.Dispose();
                _parts.Value.Host.Dispose();
                _parts.Value.Redis.Dispose();
            }
        }

        private IDatabase Database => _parts.Value.Connection.GetDatabase();

        private static string JsonOf(string entry)
        {
            int at = 0;
            for (var line = 0; line < 3; line++)
            {
                at = entry.IndexOf('\n', at) + 1;
            }

            return entry[at..];
        }

        private static (RedisServer, KestrelHost, ConnectionMultiplexer) Start()
        {
            var redis = new RedisServer();
            var settings = TwoHosts.Settings(redis);
            settings["Bot:State:KeyPrefix"] = Prefix;
            settings["Bot:DirectLine:MaxHistoryBytesPerConversation"] = $"{BytesPerConversation}";
            settings["Bot:DirectLine:MaxHistoryBytes"] = $"{BytesInAll}";
            settings["Bot:DirectLine:NewConversationsPerMinute"] = "100000";
            settings["Bot:Chat:ConversationBurst"] = "10000";
            settings["Bot:Chat:MaxQueuedTurnsPerConversation"] = "1000";
            return (redis, TwoHosts.Ready(KestrelHost.With(settings)), ConnectionMultiplexer.Connect(redis.ConnectionString));
        }
    }
}
