namespace Bot.Cli.Load;

/// <summary>
/// Sends each request to the next of several hosts, as a load balancer without sticky sessions does: with hosts that
/// share their state, one conversation then moves between hosts at every call.
/// </summary>
internal sealed class RoundRobinHandler(IReadOnlyList<Uri> hosts) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _next = -1;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = hosts[(int)((uint)Interlocked.Increment(ref _next) % (uint)hosts.Count)];
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = host.Scheme, Host = host.Host, Port = host.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
