using Bot.Web.Activities;
using Bot.Web.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Web.Tests.Chat;

/// <summary>The streaming sequence of §4.3/§5.2 and its fallbacks, against a channel that records what it is sent.</summary>
public sealed class StreamedReplyTests
{
    private readonly ReplyComposer _composer = new(Options.Create(new ChatOptions()));
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task Streaming_InformativeThenDraftsThenFinal_WithOneStreamId()
    {
        var channel = new RecordingChannel(streams: true);
        var stream = await StreamedReply.StartAsync(channel, _composer, Incoming(), _clock, default);
        await stream.DraftAsync("The strike", default);            // too soon after the opening chunk: buffered
        _clock.Advance(TimeSpan.FromSeconds(1.5));
        await stream.DraftAsync("The strike killed 24 soldiers", default);
        await stream.FinishAsync(_composer.Plain(Incoming(), "The strike killed 24 soldiers [1]."), default);

        Assert.Equal(["typing", "typing", "message"], channel.Sent.Select(a => a.Type));
        var (opening, draft, final) = (channel.Sent[0], channel.Sent[1], channel.Sent[2]);
        Assert.Equal("informative", (string?)opening.ChannelData!["streamType"]);
        Assert.Equal(1, (int)opening.ChannelData["streamSequence"]!);
        Assert.Equal("streaming", (string?)draft.ChannelData!["streamType"]);
        Assert.Equal(2, (int)draft.ChannelData["streamSequence"]!);
        Assert.Equal("The strike killed 24 soldiers", draft.Text);
        Assert.Equal("id-1", (string?)draft.ChannelData["streamId"]);
        Assert.Equal("id-1", (string?)final.ChannelData!["streamId"]);
        Assert.Equal("final", (string?)final.ChannelData["streamType"]);
        Assert.Null(final.ChannelData["streamSequence"]);
        Assert.Contains(final.Entities!, e => (string?)e["type"] == "streaminfo" && (string?)e["streamType"] == "final" && e["streamSequence"] is null);
    }

    [Fact]
    public async Task NonStreamingChannel_GetsPlainTypingThenTheMessage()
    {
        var channel = new RecordingChannel(streams: false);
        var stream = await StreamedReply.StartAsync(channel, _composer, Incoming(), _clock, default);
        _clock.Advance(TimeSpan.FromSeconds(5));
        await stream.DraftAsync("draft", default);
        await stream.FinishAsync(_composer.Plain(Incoming(), "answer"), default);

        Assert.Equal(["typing", "message"], channel.Sent.Select(a => a.Type));
        Assert.Null(channel.Sent[0].ChannelData);
        Assert.Null(channel.Sent[1].ChannelData);
    }

    [Fact]
    public async Task RefusedStreamStart_FallsBackToTypingAndOneMessage()
    {
        var channel = new RecordingChannel(streams: true) { RefuseStreaming = true };
        var stream = await StreamedReply.StartAsync(channel, _composer, Incoming(), _clock, default);
        await stream.FinishAsync(_composer.Plain(Incoming(), "answer"), default);

        Assert.Equal(["typing", "message"], channel.Sent.Select(a => a.Type));
        Assert.Null(channel.Sent[1].ChannelData);
    }

    [Fact]
    public async Task RefusedFinal_IsResentAsAnOrdinaryMessage()
    {
        var channel = new RecordingChannel(streams: true);
        var stream = await StreamedReply.StartAsync(channel, _composer, Incoming(), _clock, default);
        channel.RefuseStreaming = true;
        await stream.FinishAsync(_composer.Plain(Incoming(), "answer"), default);

        var final = channel.Sent[^1];
        Assert.Equal("message", final.Type);
        Assert.Equal("answer", final.Text);
        Assert.Null(final.ChannelData);
    }

    private static BotActivity Incoming() => new()
    {
        Type = ActivityTypes.Message, Id = "in-1", ChannelId = "msteams",
        From = new ChannelAccount("29:user"), Recipient = new ChannelAccount("28:bot"), Conversation = new ConversationAccount("a:1"),
    };

    private sealed class RecordingChannel(bool streams) : IReplyChannel
    {
        public List<BotActivity> Sent { get; } = [];

        public bool RefuseStreaming { get; set; }

        public bool SupportsStreaming => streams;

        public Task<string?> SendAsync(BotActivity activity, CancellationToken cancellationToken)
        {
            if (RefuseStreaming && activity.ChannelData?["streamType"] is not null)
            {
                throw new StreamingRefusedException("403 ContentStreamNotAllowed");
            }

            Sent.Add(activity);
            return Task.FromResult<string?>($"id-{Sent.Count}");
        }
    }
}
