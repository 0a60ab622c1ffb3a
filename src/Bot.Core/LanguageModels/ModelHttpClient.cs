using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Bot.Core.LanguageModels;

/// <summary>The HttpClient every model call goes through: an overall timeout around retries with backoff on 429 and 5xx.</summary>
/// <remarks>
/// <see cref="HttpRetryStrategyOptions"/> already treats 408, 429, 5xx and network errors as transient and
/// honours Retry-After, so only the limits come from <c>Bot:Model</c>. The timeout sits outside the
/// retries, so a slow or failing model hands over to the offline answerer within <c>TimeoutSeconds</c>.
/// The pipeline is built here rather than through IHttpClientFactory options so that a bad <c>Bot:Model</c>
/// setting fails start-up once, by name, instead of again inside the HTTP options.
/// </remarks>
internal static class ModelHttpClient
{
    public static HttpClient Create(ModelOptions options)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds))
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                ShouldRetryAfterHeader = true,
            })
            .Build();
        var handler = new ResilienceHandler(pipeline) { InnerHandler = new SocketsHttpHandler() };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
