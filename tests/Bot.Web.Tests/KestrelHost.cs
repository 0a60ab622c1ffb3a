using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Web.Tests;

/// <summary>
/// The real Bot.Web, in process, on a free loopback port. The in-memory TestServer cannot be reached by a browser,
/// so the factory is switched to Kestrel before it starts. Several of them sharing one Redis are several hosts.
/// </summary>
public sealed class KestrelHost : IDisposable
{
    private readonly BotWebFactory _factory;

    // One public constructor, as xunit wants of a class fixture; hosts with settings come from With.
    public KestrelHost()
        : this(new Dictionary<string, string>())
    {
    }

    private KestrelHost(IReadOnlyDictionary<string, string> settings)
    {
        _factory = new BotWebFactory(settings);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseUrl = new Uri(addresses.Single());
    }

    /// <summary>For example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>A host with <paramref name="settings"/> on top of the test defaults.</summary>
    public static KestrelHost With(IReadOnlyDictionary<string, string> settings) => new(settings);

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>A client of this host, with addresses relative to <see cref="BaseUrl"/>.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseUrl };

    public void Dispose() => _factory.Dispose();
}
