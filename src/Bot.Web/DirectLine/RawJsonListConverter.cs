using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Web.DirectLine;

/// <summary>
/// Writes activities kept as UTF-8 JSON as they are: history is stored serialised (so its size is known to the byte
/// and polls share immutable data), and a poll copies bytes rather than building objects.
/// </summary>
internal sealed class RawJsonListConverter : JsonConverter<IReadOnlyList<ReadOnlyMemory<byte>>>
{
    public override IReadOnlyList<ReadOnlyMemory<byte>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Activity sets are only written.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<ReadOnlyMemory<byte>> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var json in value)
        {
            // Our own serialiser wrote these bytes, so they need no second validation.
            writer.WriteRawValue(json.Span, skipInputValidation: true);
        }

        writer.WriteEndArray();
    }
}
