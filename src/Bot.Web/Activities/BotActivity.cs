using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bot.Web.Activities;

/// <summary>
/// A Bot Framework activity (../shared/docs/botframework.md §1). Fields we do not model survive in
/// <see cref="Extra"/>, because receivers must accept what they do not understand (A2005).
/// </summary>
public sealed class BotActivity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Timestamp { get; set; }
    public string? LocalTimestamp { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public JsonArray? Attachments { get; set; }
    public List<JsonObject>? Entities { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public JsonObject? ChannelData { get; set; }
    public string? Name { get; set; }
    public JsonNode? Value { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A user or bot: <c>{id, name, aadObjectId?, role?}</c>.</summary>
public sealed record ChannelAccount(string? Id, string? Name = null)
{
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}

/// <summary>A conversation: <c>{id, name?, isGroup?, conversationType?, tenantId?}</c>.</summary>
public sealed record ConversationAccount(string? Id)
{
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
}

/// <summary>Chips under a message; Teams shows at most three.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions);

/// <summary>One chip: <c>imBack</c> posts <see cref="Value"/> as if the user typed it.</summary>
public sealed record CardAction(string Type, string Title, string Value);

/// <summary>Activity type names, channel ids and JSON settings shared by both front ends.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";

    /// <summary>Camel case, nulls left out (A2100: omit empty fields), unknown fields kept.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Now as the ISO-8601 UTC string with <c>Z</c> that channels send (A2041).</summary>
    public static string Now(TimeProvider clock) =>
        clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
