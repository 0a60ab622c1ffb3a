using System.Net;
using System.Net.Sockets;

namespace Bot.Core.Tests.Fakes;

/// <summary>A real HTTP server on 127.0.0.1 for the services we cannot reach in tests; subclasses speak their wire format.</summary>
public abstract class LoopbackListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    protected LoopbackListener()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

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
        GC.SuppressFinalize(this);
    }

    /// <summary>Answers one request.</summary>
    protected abstract Task RespondAsync(HttpListenerContext context);

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
}
