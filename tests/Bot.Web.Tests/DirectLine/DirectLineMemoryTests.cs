using System.Text.Json.Nodes;
using Bot.Web.Activities;
using Bot.Web.Chat;
using Bot.Web.DirectLine;
using Microsoft.Extensions.Options;

namespace Bot.Web.Tests.DirectLine;

/// <summary>The in-memory side of Direct Line, without a host: history, watermarks, limits and expiry on a manual clock.</summary>
public sealed class DirectLineMemoryTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void History_FinalMessage_DropsThatTurnsTypingButKeepsWatermarksGrowing()
    {
        var conversation = Conversation(maxActivities: 100);
        conversation.Append(Activity(ActivityTypes.Message, replyTo: null), "t");
        var streamId = conversation.Append(Activity(ActivityTypes.Typing, replyTo: "c|0000001"), "t");
        var seen = conversation.After(0, _clock.Now)!;
        var final = Activity(ActivityTypes.Message, replyTo: "c|0000001");
        final.ChannelData = new JsonObject { ["streamId"] = streamId, ["streamType"] = "final" };

        conversation.Append(final, "t");
        var replay = conversation.After(0, _clock.Now)!;
        var next = conversation.After(long.Parse(seen.Watermark, System.Globalization.CultureInfo.InvariantCulture), _clock.Now)!;

        Assert.Equal(2, seen.Activities.Count);
        Assert.Equal(["c|0000001", "c|0000003"], Ids(replay));
        Assert.Equal("c|0000003", Assert.Single(Ids(next)));
        Assert.Equal("3", next.Watermark);
    }

    [Fact]
    public void History_PastItsCap_ForgetsTheOldest()
    {
        var conversation = Conversation(maxActivities: 10);
        for (var i = 0; i < 15; i++)
        {
            conversation.Append(Activity(ActivityTypes.Message, replyTo: null), "t");
        }

        var all = conversation.After(0, _clock.Now)!;

        Assert.Equal(10, all.Activities.Count);
        Assert.Equal("c|0000006", Ids(all)[0]);
        Assert.Equal("15", all.Watermark);
    }

    [Fact]
    public void Conversations_IdlePastTheLimit_AreForgotten()
    {
        var conversations = Store(new DirectLineOptions { IdleMinutes = 30 });
        var (conversation, _) = conversations.Open(new DirectLineToken("idle", "dl_u"));

        _clock.Now += TimeSpan.FromMinutes(29);
        var stillThere = conversations.Find("idle");
        conversation.After(0, _clock.Now);
        _clock.Now += TimeSpan.FromMinutes(31);

        Assert.NotNull(stillThere);
        Assert.Null(conversations.Find("idle"));
    }

    [Fact]
    public void Conversations_AtTheCap_ForgetTheLeastRecentlyUsed()
    {
        var conversations = Store(new DirectLineOptions { MaxConversations = 2 });
        var (first, _) = conversations.Open(new DirectLineToken("first", "dl_1"));
        _clock.Now += TimeSpan.FromSeconds(1);
        conversations.Open(new DirectLineToken("second", "dl_2"));
        _clock.Now += TimeSpan.FromSeconds(1);
        first.After(0, _clock.Now);

        conversations.Open(new DirectLineToken("third", "dl_3"));

        Assert.NotNull(conversations.Find("first"));
        Assert.Null(conversations.Find("second"));
        Assert.NotNull(conversations.Find("third"));
    }

    [Fact]
    public async Task Tokens_ExpireByTheHostClock_AndAreBoundToTheirSigningKey()
    {
        var tokens = new DirectLineTokens(Options.Create(new DirectLineOptions { TokenLifetimeSeconds = 60 }), _clock);
        var other = new DirectLineTokens(Options.Create(new DirectLineOptions()), _clock);
        var grant = tokens.Grant(new DirectLineToken("c", "dl_u"));

        var fresh = await tokens.ReadAsync($"Bearer {grant.Token}");
        var forged = await other.ReadAsync($"Bearer {grant.Token}");
        _clock.Now += TimeSpan.FromSeconds(61);
        var expired = await tokens.ReadAsync($"Bearer {grant.Token}");

        Assert.Equal(new DirectLineToken("c", "dl_u"), fresh);
        Assert.Null(forged);
        Assert.Null(expired);
    }

    private DirectLineConversations Store(DirectLineOptions options) => new(Options.Create(options), Options.Create(new ChatOptions()), _clock);

    private DirectLineConversation Conversation(int maxActivities) =>
        new("c", "dl_u", new HistoryLimits(maxActivities, 1_000_000, 4_000), new HistoryBudget(10_000_000, () => { }), _clock.Now);

    /// <summary>The ids of the activities in <paramref name="set"/>, read from the JSON the server would send.</summary>
    public static IReadOnlyList<string?> Ids(ActivitySet set) =>
        [.. set.Activities.Select(json => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("id").GetString())];

    private static BotActivity Activity(string type, string? replyTo) => new() { Type = type, ReplyToId = replyTo, Text = "x" };
}
