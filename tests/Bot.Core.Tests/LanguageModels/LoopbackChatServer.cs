using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.LanguageModels;

/// <summary>A scripted OpenAI chat-completions server on 127.0.0.1 (POST /v1/chat/completions, JSON or SSE), so model tests need no key and no internet.</summary>
public sealed class LoopbackChatServer : LoopbackListener
{
    private readonly ConcurrentQueue<Func<string, ScriptedReply>> _script = new();

    /// <summary>The OpenAI-compatible base address, as configured in <c>Bot:Model:Endpoint</c>.</summary>
    public string Endpoint => $"http://127.0.0.1:{Port}/v1";

    /// <summary>The text of every message of every request received, one entry per request.</summary>
    public ConcurrentQueue<string> Prompts { get; } = new();

    public ConcurrentQueue<string> Paths { get; } = new();

    /// <summary>The query string of every request ("?api-version=…" for Azure), one entry per request.</summary>
    public ConcurrentQueue<string> Queries { get; } = new();

    /// <summary>The credential headers of every request: <c>api-key</c> (Azure's key header) and <c>Authorization</c>.</summary>
    public ConcurrentQueue<(string? ApiKey, string? Authorization)> Credentials { get; } = new();

    /// <summary>Used when the script is empty.</summary>
    public Func<string, ScriptedReply> Default { get; set; } = _ => ScriptedReply.Status(500);

    public void Enqueue(Func<string, ScriptedReply> reply) => _script.Enqueue(reply);

    protected override async Task RespondAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        using var json = JsonDocument.Parse(body);
        var prompt = string.Join("\n", json.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString()));
        bool stream = json.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        Prompts.Enqueue(prompt);
        Paths.Enqueue(context.Request.Url!.AbsolutePath);
        Queries.Enqueue(context.Request.Url.Query);
        Credentials.Enqueue((context.Request.Headers["api-key"], context.Request.Headers["Authorization"]));
        var reply = (_script.TryDequeue(out var next) ? next : Default)(prompt);
        await reply.WriteAsync(context.Response, stream);
    }
}
