using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Web.Activities;

/// <summary>
/// The JSON types of the loosely typed fields the bot reads (the typed ones are checked by the deserialiser). A client
/// that sends <c>channelData.streamId: 5</c>, <c>entities: [{"type": 5}]</c> or an invoke whose value is not an
/// object gets 400 with the reason, instead of a 500 or a turn that fails later where nobody sees it.
/// </summary>
public static class ActivityShape
{
    private static readonly string[] EntityStrings = ["type", "@type", "@id", "text"];
    private static readonly string[] ChannelDataStrings = ["streamId", "streamType", "clientActivityID"];

    /// <summary>Why <paramref name="activity"/> cannot be handled, or null when its fields have the types we read.</summary>
    public static string? Problem(BotActivity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            // Web Chat's feedback entity has only schema.org's "@type", so "type" may be absent, but not of another JSON type.
            if (entity is null)
            {
                return "Each entity must be an object.";
            }

            if (EntityStrings.FirstOrDefault(name => !JsonFields.IsAbsentOr(entity, name, JsonValueKind.String)) is { } wrong)
            {
                return $"\"entities[].{wrong}\" must be a string.";
            }
        }

        if (ChannelDataStrings.FirstOrDefault(name => !JsonFields.IsAbsentOr(activity.ChannelData, name, JsonValueKind.String)) is { } field)
        {
            return $"\"channelData.{field}\" must be a string.";
        }

        return activity.Type == ActivityTypes.Invoke ? InvokeProblem(activity.Value) : null;
    }

    private static string? InvokeProblem(JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value is not JsonObject invoke)
        {
            return "An invoke's \"value\" must be an object.";
        }

        if (!JsonFields.IsAbsentOr(invoke, "actionName", JsonValueKind.String) || !JsonFields.IsAbsentOr(invoke, "actionValue", JsonValueKind.Object))
        {
            return "\"value.actionName\" must be a string and \"value.actionValue\" an object.";
        }

        var action = invoke["actionValue"] as JsonObject;
        return JsonFields.IsAbsentOr(action, "reaction", JsonValueKind.String) && JsonFields.IsAbsentOr(action, "feedback", JsonValueKind.String, JsonValueKind.Object)
            ? null
            : "\"value.actionValue.reaction\" must be a string and \"feedback\" a string or an object.";
    }
}
