using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bot.Web.Activities;

namespace Bot.Web.DirectLine;

/// <summary>Reads one posted activity within the size limit and stamps it as the channel would (§6.2.1).</summary>
internal static class DirectLineActivities
{
    /// <summary>The channel id of activities the client did not label itself (Web Chat sends <c>webchat</c>).</summary>
    public const string ChannelId = "directline";

    /// <summary>The activity, or the 400/413 error that explains why there is none.</summary>
    public static async Task<(BotActivity? Activity, IResult? Error)> ReadAsync(HttpRequest request, int maxChars, CancellationToken cancellationToken)
    {
        // Refuse early what cannot fit even at one byte per character; the character count below is the real test.
        if (request.ContentLength > maxChars * 4L)
        {
            return (null, TooLarge(maxChars));
        }

        var buffer = ArrayPool<char>.Shared.Rent(maxChars + 1);
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            int length = 0, read;
            while (length <= maxChars && (read = await reader.ReadAsync(buffer.AsMemory(length, maxChars + 1 - length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            return length > maxChars ? (null, TooLarge(maxChars)) : Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Marks a client activity as received: from the token's user (not whoever the body claims), to the bot.</summary>
    public static void StampIncoming(BotActivity activity, DirectLineToken token, ChannelAccount bot)
    {
        activity.ChannelId ??= ChannelId;
        activity.From = new ChannelAccount(token.UserId, activity.From?.Name) { Role = "user" };
        activity.Recipient = bot;
    }

    /// <summary>What Direct Line tells the bot when a conversation starts: the bot and the user joined (§6.2.5).</summary>
    public static BotActivity MembersAdded(DirectLineConversation conversation, ChannelAccount bot)
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

    private static (BotActivity?, IResult?) Parse(ReadOnlySpan<char> json)
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

        return string.IsNullOrWhiteSpace(activity?.Type)
            ? (null, DirectLineError.Result(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no \"type\" (for example \"message\")."))
            : (activity, null);
    }

    private static IResult TooLarge(int maxChars) => DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig",
        string.Create(CultureInfo.InvariantCulture, $"An activity may have at most {maxChars:N0} characters of JSON."));
}
