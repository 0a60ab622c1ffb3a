using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Web.Activities;

namespace Bot.Web.DirectLine;

/// <summary>Reads one posted activity within the size limit and stamps it as the channel would (§6.2.1).</summary>
internal static class DirectLineActivities
{
    /// <summary>The channel id of activities the client did not label itself (Web Chat sends <c>webchat</c>).</summary>
    public const string ChannelId = "directline", WebChatChannelId = "webchat";

    /// <summary>The activity, or the 400/413 error that explains why there is none.</summary>
    public static async Task<(BotActivity? Activity, IResult? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var bytes = await RequestBody.ReadLimitedAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null ? (null, TooLarge(maxBytes)) : Parse(bytes);
    }

    /// <summary>Marks a client activity as received: from the token's user (not whoever the body claims), to the bot.</summary>
    /// <remarks>The channel is Web Chat's own label or ours, never one a client picks to pass for another channel (such as Teams).</remarks>
    public static void StampIncoming(BotActivity activity, DirectLineToken token, ChannelAccount bot)
    {
        activity.ChannelId = activity.ChannelId == WebChatChannelId ? WebChatChannelId : ChannelId;
        activity.From = new ChannelAccount(token.UserId, activity.From?.Name) { Role = "user" };
        activity.Recipient = bot;
    }

    /// <summary>What Direct Line tells the bot when a conversation starts: the bot and the user joined (§6.2.5).</summary>
    public static BotActivity MembersAdded(IDirectLineConversation conversation, ChannelAccount bot)
    {
        var user = new ChannelAccount(conversation.UserId) { Role = "user" };
        return new BotActivity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = ChannelId,
            From = user,
            Recipient = bot,
            Conversation = new ConversationAccount(conversation.Id),
            MembersAdded = [bot, user],
        };
    }

    /// <summary>
    /// What history keeps of <paramref name="activity"/>. The bot's own activities are kept whole; of a user's, only
    /// what Web Chat needs to show and match the echo (§6.2.1): its text (clipped to what the bot would read), ids and
    /// <c>clientActivityID</c>. Attachments, entities and values a client sent are the turn's business, not history's.
    /// </summary>
    public static BotActivity ForHistory(BotActivity activity, int maxTextChars) => activity.From?.Role != "user" ? activity : new BotActivity
    {
        Type = activity.Type,
        Id = activity.Id,
        Timestamp = activity.Timestamp,
        ChannelId = activity.ChannelId,
        From = activity.From,
        Recipient = activity.Recipient,
        Conversation = activity.Conversation,
        ReplyToId = activity.ReplyToId,
        Text = activity.Text is { } text && text.Length > maxTextChars ? string.Concat(text.AsSpan(0, maxTextChars), "…") : activity.Text,
        TextFormat = activity.TextFormat,
        Locale = activity.Locale,
        Name = activity.Name,
        ChannelData = JsonFields.StringAt(activity.ChannelData, "clientActivityID") is { } clientId ? new JsonObject { ["clientActivityID"] = clientId } : null,
    };

    private static (BotActivity?, IResult?) Parse(ReadOnlySpan<byte> json)
    {
        BotActivity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<BotActivity>(json, ActivityTypes.Json);
        }
        catch (JsonException)
        {
            return (null, DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "The body must be one activity as a JSON object."));
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return (null, DirectLineError.Result(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no \"type\" (for example \"message\")."));
        }

        return ActivityShape.Problem(activity) is { } problem
            ? (null, DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", problem))
            : (activity, null);
    }

    private static IResult TooLarge(int maxBytes) => DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig",
        string.Create(CultureInfo.InvariantCulture, $"An activity may have at most {maxBytes:N0} bytes of JSON."));
}
