using System.Text.Json.Nodes;
using Bot.Web.Activities;

namespace Bot.Web.Chat;

/// <summary>
/// The typing indicator that opens every answer. Where the channel streams, it is an informative stream chunk
/// ("Searching the articles…") whose id becomes the stream id, and the final message closes the stream (§4.3, §5.2).
/// Teams wants <c>entities[streaminfo]</c>, Web Chat 4.18.1 reads <c>channelData</c>: both are sent.
/// </summary>
public sealed class StreamedReply
{
    private readonly string? _streamId;

    private StreamedReply(string? streamId) => _streamId = streamId;

    /// <summary>Sends the opening indicator; a refused stream falls back to a plain typing indicator and one message.</summary>
    public static async Task<StreamedReply> StartAsync(IReplyChannel channel, ReplyComposer composer, BotActivity incoming, CancellationToken cancellationToken)
    {
        var typing = composer.Reply(incoming, ActivityTypes.Typing);
        if (!channel.SupportsStreaming)
        {
            await channel.SendAsync(typing, cancellationToken).ConfigureAwait(false);
            return new StreamedReply(null);
        }

        typing.Text = "Searching the articles…";
        typing.ChannelData = new JsonObject { ["streamType"] = "informative", ["streamSequence"] = 1 };
        typing.Entities = [new JsonObject { ["type"] = "streaminfo", ["streamType"] = "informative", ["streamSequence"] = 1 }];
        try
        {
            return new StreamedReply(await channel.SendAsync(typing, cancellationToken).ConfigureAwait(false));
        }
        catch (StreamingRefusedException)
        {
            await channel.SendAsync(composer.Reply(incoming, ActivityTypes.Typing), cancellationToken).ConfigureAwait(false);
            return new StreamedReply(null);
        }
    }

    /// <summary>Marks <paramref name="final"/> as the end of the stream (no streamSequence on the final message).</summary>
    public void Finish(BotActivity final)
    {
        if (_streamId is null)
        {
            return;
        }

        final.ChannelData ??= [];
        final.ChannelData["streamId"] = _streamId;
        final.ChannelData["streamType"] = "final";
        final.Entities = [.. final.Entities ?? [], new JsonObject { ["type"] = "streaminfo", ["streamId"] = _streamId, ["streamType"] = "final" }];
    }
}
