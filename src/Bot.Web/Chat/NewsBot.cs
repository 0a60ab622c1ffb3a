using System.Text.Json.Nodes;
using Bot.Core.Conversation;
using Bot.Web.Activities;
using Microsoft.Extensions.Options;

namespace Bot.Web.Chat;

/// <summary>
/// The bot's turn logic, shared by Teams (<c>/api/messages</c>) and Web Chat (Direct Line): answers messages with
/// citations, welcomes new members, and stores feedback. Unknown activity types are accepted and ignored (A2014).
/// </summary>
public sealed partial class NewsBot(
    ConversationService conversations,
    Greeting greeting,
    ReplyComposer composer,
    FeedbackStore feedback,
    TimeProvider clock,
    IOptions<ChatOptions> options,
    ILogger<NewsBot> logger)
{
    /// <summary>The invoke Teams sends for 👍/👎 (§4.2), and the event Web Chat 4.18.1 sends for them (§5.3).</summary>
    public const string SubmitActionInvoke = "message/submitAction", WebChatFeedbackEvent = "webchat:activity-status/feedback";

    /// <summary>Handles one incoming activity; returns the HTTP answer when it is an invoke, else null.</summary>
    public async Task<InvokeResponse?> OnTurnAsync(BotActivity incoming, IReplyChannel channel, string baseUrl, CancellationToken cancellationToken)
    {
        switch (incoming.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(incoming, channel, baseUrl, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.ConversationUpdate when incoming.MembersAdded?.Any(m => m.Id != incoming.Recipient?.Id) == true:
                await channel.SendAsync(composer.Compose(incoming, await greeting.ReplyAsync(cancellationToken).ConfigureAwait(false), answerId: null, baseUrl, await greeting.ExamplesAsync(cancellationToken).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(incoming, cancellationToken).ConfigureAwait(false);
            case ActivityTypes.Event when incoming.Name == WebChatFeedbackEvent:
                await OnWebChatFeedbackAsync(incoming, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                return null;
        }
    }

    /// <summary>The key a conversation is remembered under: channels are kept apart even if their ids collide.</summary>
    public static string ConversationKey(BotActivity activity) => $"{activity.ChannelId}:{activity.Conversation?.Id}";

    private async Task OnMessageAsync(BotActivity incoming, IReplyChannel channel, string baseUrl, CancellationToken cancellationToken)
    {
        var text = Mentions.Strip(incoming);
        if (Refusal(text) is { } refusal)
        {
            await channel.SendAsync(composer.Plain(incoming, refusal), cancellationToken).ConfigureAwait(false);
            return;
        }

        var stream = await StreamedReply.StartAsync(channel, composer, incoming, clock, cancellationToken).ConfigureAwait(false);
        BotActivity reply;
        string? answerId = null;
        try
        {
            var key = ConversationKey(incoming);
            var result = await conversations.ReplyAsync(key, text, filter: null, draft => stream.DraftAsync(draft, cancellationToken), cancellationToken).ConfigureAwait(false);
            answerId = result.Intent == Core.Conversation.Intents.Intent.SmallTalk ? null : await feedback.RememberAsync(key, text, result.Answer, cancellationToken).ConfigureAwait(false);
            reply = composer.Compose(incoming, result.Answer, answerId, baseUrl, result.Suggestions);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // One failed answer must not end the conversation: say so plainly and keep going.
            LogAnswerFailed(logger, error, ConversationKey(incoming));
            reply = composer.Plain(incoming, error is Core.Retrieval.PassageStoreUnavailableException
                ? Core.Retrieval.PassageStoreUnavailableException.Notice
                : "Sorry, I could not answer that just now. Please try again, or rephrase the question.");
        }

        var id = await stream.FinishAsync(reply, cancellationToken).ConfigureAwait(false);
        if (id is not null && answerId is not null)
        {
            await feedback.AliasAsync(id, answerId, cancellationToken).ConfigureAwait(false);
        }
    }

    private string? Refusal(string text) =>
        string.IsNullOrWhiteSpace(text) ? "I can only read text messages. Ask me a question about the news articles, or say \"help\"."
        : text.Length > options.Value.MaxMessageChars ? $"Your message has {text.Length:N0} characters; the limit is {options.Value.MaxMessageChars:N0}. Please ask a shorter question."
        : null;

    private async Task<InvokeResponse> OnInvokeAsync(BotActivity incoming, CancellationToken cancellationToken)
    {
        if (incoming.Name != SubmitActionInvoke || JsonFields.StringAt(incoming.Value, "actionName") != "feedback")
        {
            return new InvokeResponse(StatusCodes.Status501NotImplemented);
        }

        var action = incoming.Value!["actionValue"];
        var recorded = incoming.ReplyToId is { } rated
            && await feedback.RecordAsync(rated, JsonFields.StringAt(action, "reaction"), FeedbackText(action?["feedback"]), ConversationKey(incoming), incoming.ChannelId ?? string.Empty, cancellationToken).ConfigureAwait(false);

        // Teams lists a non-empty invoke response as an error for feedback (§4.2).
        return new InvokeResponse(recorded ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private async Task OnWebChatFeedbackAsync(BotActivity incoming, CancellationToken cancellationToken)
    {
        // The clicked action's @id is "fb:{reaction}:{answerId}" (see ReplyComposer).
        var actionId = incoming.Entities?.Select(e => JsonFields.StringAt(e, "@id")).FirstOrDefault(id => id?.StartsWith("fb:", StringComparison.Ordinal) == true);
        var parts = actionId?.Split(':', 3);
        if (parts is [_, var reaction, var answerId])
        {
            await feedback.RecordAsync(answerId, reaction, comment: null, ConversationKey(incoming), incoming.ChannelId ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }
    }

    // Teams sends the comment as a JSON string inside the JSON: {"feedbackText": "..."}.
    private static string? FeedbackText(JsonNode? node)
    {
        var raw = node?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node?.ToJsonString();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        try
        {
            return JsonFields.StringAt(JsonNode.Parse(raw), "feedbackText") ?? raw;
        }
        catch (System.Text.Json.JsonException)
        {
            return raw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering a message in {Conversation} failed")]
    private static partial void LogAnswerFailed(ILogger logger, Exception error, string conversation);
}
