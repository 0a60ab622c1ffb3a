using System.Text.Json.Nodes;
using Bot.Web.Activities;

namespace Bot.Web.Chat;

/// <summary>
/// The typing indicator that opens every answer and, where the channel streams, the stream itself (§4.3, §5.2): an
/// informative chunk ("Searching the articles…") whose id becomes the stream id, then, when a model writes the answer,
/// typing chunks carrying the whole draft so far, and finally the message that closes the stream. Teams reads
/// <c>entities[streaminfo]</c> and Web Chat 4.18.1 reads <c>channelData</c>, so both are sent.
/// </summary>
public sealed class StreamedReply
{
    /// <summary>Teams asks for chunks no more often than every 1–2 s; Microsoft's SDK buffers for one second.</summary>
    private static readonly TimeSpan ChunkInterval = TimeSpan.FromSeconds(1);

    private readonly IReplyChannel _channel;
    private readonly ReplyComposer _composer;
    private readonly BotActivity _incoming;
    private readonly TimeProvider _clock;
    private DateTimeOffset _lastChunk;
    private string? _streamId;
    private int _sequence = 1;

    private StreamedReply(IReplyChannel channel, ReplyComposer composer, BotActivity incoming, TimeProvider clock)
    {
        _channel = channel;
        _composer = composer;
        _incoming = incoming;
        _clock = clock;
    }

    /// <summary>Sends the opening indicator; a refused stream falls back to a plain typing indicator and one message.</summary>
    public static async Task<StreamedReply> StartAsync(IReplyChannel channel, ReplyComposer composer, BotActivity incoming, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reply = new StreamedReply(channel, composer, incoming, clock);
        if (!channel.SupportsStreaming)
        {
            await channel.SendAsync(composer.Reply(incoming, ActivityTypes.Typing), cancellationToken).ConfigureAwait(false);
            return reply;
        }

        try
        {
            reply._streamId = await channel.SendAsync(reply.Chunk("Searching the articles…", "informative"), cancellationToken).ConfigureAwait(false);
        }
        catch (StreamingRefusedException)
        {
            await channel.SendAsync(composer.Reply(incoming, ActivityTypes.Typing), cancellationToken).ConfigureAwait(false);
        }

        reply._lastChunk = clock.GetUtcNow();
        return reply;
    }

    /// <summary>Sends the draft so far, at most once per interval; a refusal ends the stream but not the answer.</summary>
    public async Task DraftAsync(string draft, CancellationToken cancellationToken)
    {
        if (_streamId is null || _clock.GetUtcNow() - _lastChunk < ChunkInterval)
        {
            return;
        }

        try
        {
            await _channel.SendAsync(Chunk(MarkdownText.EscapeExceptCitations(draft, _ => true), "streaming"), cancellationToken).ConfigureAwait(false);
            _lastChunk = _clock.GetUtcNow();
        }
        catch (StreamingRefusedException)
        {
            _streamId = null;
        }
    }

    /// <summary>Sends <paramref name="final"/> as the end of the stream, or as a plain message when the stream was refused.</summary>
    public async Task<string?> FinishAsync(BotActivity final, CancellationToken cancellationToken)
    {
        if (_streamId is not null)
        {
            try
            {
                return await _channel.SendAsync(Closing(final, _streamId), cancellationToken).ConfigureAwait(false);
            }
            catch (StreamingRefusedException)
            {
                // The channel ended the stream (time limit, size): the answer still goes out, as an ordinary message.
            }
        }

        return await _channel.SendAsync(final, cancellationToken).ConfigureAwait(false);
    }

    private BotActivity Chunk(string text, string streamType)
    {
        var chunk = _composer.Reply(_incoming, ActivityTypes.Typing);
        chunk.Text = text;
        var sequence = _sequence++;
        chunk.ChannelData = new JsonObject { ["streamType"] = streamType, ["streamSequence"] = sequence };
        var info = new JsonObject { ["type"] = "streaminfo", ["streamType"] = streamType, ["streamSequence"] = sequence };
        if (_streamId is not null)
        {
            chunk.ChannelData["streamId"] = _streamId;
            info["streamId"] = _streamId;
        }

        chunk.Entities = [info];
        return chunk;
    }

    // The final message has no streamSequence (§4.3); it is a copy, so a plain resend after a refusal carries no stream fields.
    private static BotActivity Closing(BotActivity final, string streamId)
    {
        var closing = System.Text.Json.JsonSerializer.Deserialize<BotActivity>(System.Text.Json.JsonSerializer.Serialize(final, ActivityTypes.Json), ActivityTypes.Json)!;
        closing.ChannelData ??= [];
        closing.ChannelData["streamId"] = streamId;
        closing.ChannelData["streamType"] = "final";
        closing.Entities = [.. closing.Entities ?? [], new JsonObject { ["type"] = "streaminfo", ["streamId"] = streamId, ["streamType"] = "final" }];
        return closing;
    }
}
