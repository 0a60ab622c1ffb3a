using Azure.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Fakes.AzureSearch;

/// <summary>
/// Settings and transport that point the real engine (Store = AzureSearch) at a <see cref="LoopbackAzureSearch"/>. The SDK
/// accepts only https endpoints, so the client is configured as for a real service and its transport is redirected to the
/// loopback listener: everything on the wire stays exactly what the SDK sends.
/// </summary>
public static class AzureSearchSettings
{
    public const string Endpoint = "https://newsroom.search.windows.net";

    public static Dictionary<string, string?> For(string indexName = "news-passages") => new()
    {
        ["Bot:Retrieval:Store"] = "AzureSearch",
        ["Bot:AzureSearch:Endpoint"] = Endpoint,
        ["Bot:AzureSearch:ApiKey"] = "test-key",
        ["Bot:AzureSearch:IndexName"] = indexName,
        ["Bot:AzureSearch:MaxRetries"] = "2",
        ["Bot:AzureSearch:RetryDelaySeconds"] = "0.01",
        ["Bot:AzureSearch:MaxRetryDelaySeconds"] = "0.05",
    };

    /// <summary>Registers the transport that reaches <paramref name="service"/>.</summary>
    public static void Reach(IServiceCollection services, LoopbackAzureSearch service) =>
        services.AddSingleton<HttpPipelineTransport>(Transport(service.Port));

    public static HttpClientTransport Transport(int port) =>
        new(new HttpClient(new RedirectToLoopback(port) { InnerHandler = new HttpClientHandler() }));

    private sealed class RedirectToLoopback(int port) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = "http", Host = "127.0.0.1", Port = port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
