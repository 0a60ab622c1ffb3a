using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using OpenAI;

namespace Bot.Core.LanguageModels;

/// <summary>The Semantic Kernel for the configured provider, built on first use so the Offline path never creates one.</summary>
/// <remarks>
/// OpenAI and Ollama (its <c>/v1</c> API) share SK's OpenAI connector over an <see cref="OpenAIClient"/> with a
/// custom endpoint. Azure OpenAI goes through SK's Azure OpenAI connector and Azure.AI.OpenAI, which speak
/// Azure's own paths (<c>/openai/deployments/{deployment}/chat/completions?api-version=…</c>) with the
/// <c>api-key</c> header or an Entra ID token, as most Azure OpenAI resources are reached.
/// The SDKs' own retries are switched off because the resilient HttpClient already retries; two layers
/// would multiply the attempts.
/// </remarks>
public sealed class ModelKernel : IDisposable
{
    private readonly Lazy<HttpClient> _http;
    private readonly Lazy<Kernel> _kernel;

    /// <summary>Prepares, but does not build, the kernel for <paramref name="options"/>.</summary>
    /// <param name="options">The model settings.</param>
    /// <param name="entraCredential">The Entra ID credential for Azure with <c>UseEntraId</c>; when none is registered, <see cref="DefaultAzureCredential"/>.</param>
    public ModelKernel(IOptions<ModelOptions> options, TokenCredential? entraCredential = null)
    {
        _http = new(() => ModelHttpClient.Create(options.Value));
        _kernel = new(() => Build(options.Value, _http.Value, entraCredential));
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

    private static Kernel Build(ModelOptions options, HttpClient http, TokenCredential? entraCredential)
    {
        var builder = Kernel.CreateBuilder();
        if (options.IsAzure)
        {
            builder.AddAzureOpenAIChatCompletion(options.ChatModel, Azure(options, http, entraCredential));
        }
        else
        {
            builder.AddOpenAIChatCompletion(options.ChatModel, OpenAi(options, http));
        }

        return builder.Build();
    }

    private static OpenAIClient OpenAi(ModelOptions options, HttpClient http)
    {
        // Ollama ignores the key, but the client refuses an empty one.
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "ollama" : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), Settings(options.Endpoint, http));
    }

    // The endpoint is the resource address (https://RESOURCE.openai.azure.com); the SDK adds the deployment path
    // and the api-version.
    private static AzureOpenAIClient Azure(ModelOptions options, HttpClient http, TokenCredential? entraCredential)
    {
        var settings = new AzureOpenAIClientOptions(AzureApiVersions.Parse(options.ApiVersion))
        {
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        var endpoint = new Uri(options.Endpoint);
        return options.UseEntraId
            ? new AzureOpenAIClient(endpoint, entraCredential ?? new DefaultAzureCredential(), settings)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey), settings);
    }

    private static OpenAIClientOptions Settings(string endpoint, HttpClient http) => new()
    {
        Endpoint = new Uri(endpoint),
        Transport = new HttpClientPipelineTransport(http),
        RetryPolicy = new ClientRetryPolicy(0),
        NetworkTimeout = Timeout.InfiniteTimeSpan,
    };
}
