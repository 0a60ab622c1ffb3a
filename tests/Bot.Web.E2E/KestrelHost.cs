using System.Net;
using Bot.Web.Tests;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Web.E2E;

/// <summary>
/// The real Bot.Web, in process, on a free loopback port. The in-memory TestServer cannot be reached by a browser,
/// so the factory is switched to Kestrel before it starts.
/// </summary>
public sealed class KestrelHost : IDisposable
{
    private readonly BotWebFactory _factory = new();

    public KestrelHost()
    {
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseUrl = new Uri(addresses.Single());
    }

    /// <summary>For example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    public void Dispose() => _factory.Dispose();
}
