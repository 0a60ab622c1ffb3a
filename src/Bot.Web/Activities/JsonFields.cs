using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Web.Activities;

/// <summary>
/// Reads the loosely typed parts of an activity (<c>entities</c>, <c>channelData</c>, <c>value</c>) without throwing:
/// a field of the wrong JSON type reads as absent. <see cref="ActivityShape"/> refuses such activities at the door;
/// this is the second line, so that a turn never fails on a client's types.
/// </summary>
public static class JsonFields
{
    /// <summary>The string member <paramref name="name"/> of <paramref name="parent"/>, or null when it is absent or not a string.</summary>
    public static string? StringAt(JsonNode? parent, string name) =>
        parent is JsonObject o && o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>True when <paramref name="name"/> is absent, null, or of <paramref name="kind"/>.</summary>
    public static bool IsAbsentOr(JsonObject? parent, string name, params JsonValueKind[] kind) =>
        parent?[name] is not { } node || node.GetValueKind() is var actual && (actual == JsonValueKind.Null || kind.Contains(actual));
}
