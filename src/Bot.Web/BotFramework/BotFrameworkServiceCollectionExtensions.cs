using Bot.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Polly;

namespace Bot.Web.BotFramework;

/// <summary>Registers the Teams / Bot Framework endpoint's services; the options are validated at start.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<BotFrameworkOptions>(configuration, BotFrameworkOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(OpenIdMetadata);
        AddRetries(services.AddHttpClient(BotTokenProvider.HttpClientName));
        AddRetries(services.AddHttpClient(ConnectorChannel.HttpClientName));
        services.AddSingleton<ChannelMetadata>();
        services.AddSingleton<ChannelAuthenticator>();
        services.AddSingleton<ClientCredential>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<ConnectorChannelFactory>();
        services.AddSingleton<BotFrameworkAdapter>();
        services.AddHostedService<BotFrameworkStartupLog>();
        return services;
    }

    // Signing keys can be added at any time: refetched every 12 h (the doc asks for at most 24 h), and on an unknown
    // key id at most every 5 minutes. Plain http is allowed only to loopback, which is what the tests serve.
    private static IConfigurationManager<OpenIdConnectConfiguration> OpenIdMetadata(IServiceProvider services)
    {
        var url = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.OpenIdMetadataUrl;
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) }) { Timeout = TimeSpan.FromSeconds(30) };
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !new Uri(url).IsLoopback };
        return new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

    // 429 and 5xx are transient for the Connector and Entra alike; Retry-After is honoured.
    private static void AddRetries(IHttpClientBuilder client) =>
        client.AddResilienceHandler("retries", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
            pipeline.AddTimeout(TimeSpan.FromSeconds(60)).AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.ConnectorMaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldRetryAfterHeader = true,
            });
        });
}
