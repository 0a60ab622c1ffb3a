using System.Net;
using System.Text;
using System.Text.Json;

namespace Bot.Core.Tests.LanguageModels;

/// <summary>One scripted response in the OpenAI chat-completions wire format: a status, or content as JSON or as SSE chunks.</summary>
public sealed record ScriptedReply(int StatusCode, string? Content, string? RetryAfter = null)
{
    /// <summary>How long the server waits before answering, to simulate a slow model.</summary>
    public TimeSpan Delay { get; init; }

    public static ScriptedReply Text(string content) => new(200, content);

    public static ScriptedReply Status(int code, string? retryAfter = null) => new(code, null, retryAfter);

    public async Task WriteAsync(HttpListenerResponse response, bool stream)
    {
        await Task.Delay(Delay);
        response.StatusCode = StatusCode;
        if (RetryAfter is not null)
        {
            response.Headers["Retry-After"] = RetryAfter;
        }

        var payload = StatusCode != 200 ? """{"error":{"message":"scripted failure","type":"server_error"}}"""
            : stream ? Sse(Content!) : Completion(Content!);
        response.ContentType = stream && StatusCode == 200 ? "text/event-stream" : "application/json";
        var bytes = Encoding.UTF8.GetBytes(payload);
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    /// <summary>Splits <paramref name="content"/> into word tokens, the way a model streams.</summary>
    public static IEnumerable<string> Tokens(string content) =>
        content.Split(' ').Select((word, i) => i == 0 ? word : " " + word);

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });

    private static string Sse(string content)
    {
        var text = new StringBuilder();
        foreach (var token in Tokens(content))
        {
            text.Append("data: ").Append(Chunk(new { role = "assistant", content = token }, null)).Append("\n\n");
        }

        text.Append("data: ").Append(Chunk(new { }, "stop")).Append("\n\n").Append("data: [DONE]\n\n");
        return text.ToString();
    }

    private static string Chunk(object delta, string? finish) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion.chunk",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[] { new { index = 0, delta, finish_reason = finish } },
    });
}
