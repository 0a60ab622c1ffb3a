using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenAI;

namespace Bot.Core.Models;

/// <summary>The Semantic Kernel for the configured provider, built on first use so the Offline path never creates one.</summary>
/// <remarks>
/// Every provider speaks the OpenAI wire format, so one connector serves all three through an
/// <see cref="OpenAIClient"/> with a custom endpoint: OpenAI, Ollama's <c>/v1</c>, and Azure OpenAI's
/// <c>/openai/v1</c> API (Azure.AI.OpenAI 2.1.0 is binary-incompatible with the OpenAI 2.15 that SK needs).
/// The SDK's own retries are switched off because the resilient HttpClient already retries; two layers
/// would multiply the attempts.
/// </remarks>
public sealed class ModelKernel : IDisposable
{
    private const string EntraScope = "https://cognitiveservices.azure.com/.default";
    private readonly Lazy<HttpClient> _http;
    private readonly Lazy<Kernel> _kernel;

    /// <summary>Prepares, but does not build, the kernel for <paramref name="options"/>.</summary>
    public ModelKernel(IOptions<ModelOptions> options)
    {
        _http = new(() => ModelHttpClient.Create(options.Value));
        _kernel = new(() => Build(options.Value, _http.Value));
    }

    /// <summary>The kernel holding the chat completion service.</summary>
    public Kernel Kernel => _kernel.Value;

    /// <summary>The chat completion service of <see cref="Kernel"/>.</summary>
    public IChatCompletionService Chat => Kernel.GetRequiredService<IChatCompletionService>();

    /// <summary>Disposes the HttpClient, if a model call ever created it.</summary>
    public void Dispose()
    {
        if (_http.IsValueCreated)
        {
            _http.Value.Dispose();
        }
    }

    private static Kernel Build(ModelOptions options, HttpClient http)
    {
        var client = options.Provider == "AzureOpenAI" ? Azure(options, http) : OpenAi(options, http);
        var builder = Kernel.CreateBuilder();
        builder.AddOpenAIChatCompletion(options.ChatModel, client);
        return builder.Build();
    }

    private static OpenAIClient OpenAi(ModelOptions options, HttpClient http)
    {
        // Ollama ignores the key, but the client refuses an empty one.
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "ollama" : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), Settings(options.Endpoint, http));
    }

    // Azure OpenAI's v1 API speaks the OpenAI wire format at {resource}/openai/v1, with the deployment name as
    // the model; a key goes in as the bearer credential, Entra ID through a token policy.
    private static OpenAIClient Azure(ModelOptions options, HttpClient http)
    {
        var endpoint = options.Endpoint.TrimEnd('/');
        var settings = Settings(endpoint.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase) ? endpoint : endpoint + "/openai/v1", http);
        if (!options.UseEntraId)
        {
            return new OpenAIClient(new ApiKeyCredential(options.ApiKey), settings);
        }

#pragma warning disable OPENAI001 // The token-policy constructor is the SDK's only way to pass an Entra ID credential; it is marked evaluation-only.
        return new OpenAIClient(new BearerTokenPolicy(new DefaultAzureCredential(), EntraScope), settings);
#pragma warning restore OPENAI001
    }

    private static OpenAIClientOptions Settings(string endpoint, HttpClient http) => new()
    {
        Endpoint = new Uri(endpoint),
        Transport = new HttpClientPipelineTransport(http),
        RetryPolicy = new ClientRetryPolicy(0),
        NetworkTimeout = Timeout.InfiniteTimeSpan,
    };
}
