using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Bot.Core.Tests.Models;

/// <summary>A scripted OpenAI chat-completions server on 127.0.0.1 (POST /v1/chat/completions, JSON or SSE), so model tests need no key and no internet.</summary>
public sealed class LoopbackChatServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Func<string, ScriptedReply>> _script = new();
    private readonly Task _loop;

    public LoopbackChatServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The OpenAI-compatible base address, as configured in <c>Bot:Model:Endpoint</c>.</summary>
    public string Endpoint => $"http://127.0.0.1:{Port}/v1";

    /// <summary>The text of every message of every request received, one entry per request.</summary>
    public ConcurrentQueue<string> Prompts { get; } = new();

    public ConcurrentQueue<string> Paths { get; } = new();

    /// <summary>Used when the script is empty.</summary>
    public Func<string, ScriptedReply> Default { get; set; } = _ => ScriptedReply.Status(500);

    public void Enqueue(Func<string, ScriptedReply> reply) => _script.Enqueue(reply);

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Close();
        _ = _loop.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => RespondSafelyAsync(context));
        }
    }

    // A client that timed out has gone away; writing to it fails, and that is expected.
    private async Task RespondSafelyAsync(HttpListenerContext context)
    {
        try
        {
            await RespondAsync(context);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            context.Response.Abort();
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        using var json = JsonDocument.Parse(body);
        var prompt = string.Join("\n", json.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString()));
        bool stream = json.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
        Prompts.Enqueue(prompt);
        Paths.Enqueue(context.Request.Url!.AbsolutePath);
        var reply = (_script.TryDequeue(out var next) ? next : Default)(prompt);
        await reply.WriteAsync(context.Response, stream);
    }
}
