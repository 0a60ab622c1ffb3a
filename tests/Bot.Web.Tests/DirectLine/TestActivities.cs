using System.Text;
using System.Text.Json;

namespace Bot.Web.Tests.DirectLine;

/// <summary>Activities as Web Chat posts them, and readers for what the server sends back.</summary>
public static class TestActivities
{
    public static object UserMessage(string text, string clientActivityId) => new
    {
        type = "message",
        text,
        textFormat = "plain",
        channelId = "webchat",
        from = new { id = "r_someone", name = "Test User", role = "user" },
        locale = "en-US",
        channelData = new { clientActivityID = clientActivityId },
    };

    public static bool IsAnswerTo(JsonElement activity, string questionId) =>
        IsBotMessage(activity) && activity.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == questionId;

    public static bool IsBotMessage(JsonElement activity) =>
        activity.GetProperty("type").GetString() == "message" && activity.GetProperty("from").GetProperty("role").GetString() == "bot";

    public static JsonElement Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement.Clone();
    }
}
