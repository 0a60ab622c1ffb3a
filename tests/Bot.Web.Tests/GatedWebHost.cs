using Bot.Core.Embeddings;
using Bot.Web.Tests.DirectLine;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Web.Tests;

/// <summary>
/// The real web host in memory with an embedder gate a test can close (to hold answers mid-turn) and its log lines
/// captured; test fixtures derive from it with their own settings, since building the seed index takes seconds.
/// </summary>
public abstract class GatedWebHost : IDisposable
{
    protected GatedWebHost(IReadOnlyDictionary<string, string?> settings)
    {
        Factory = new BotWebFactory(settings, services =>
        {
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(provider => Embedder ??= new GatedEmbedder(EmbeddingGeneratorFactory.Create(provider)));
            services.AddSingleton<ILoggerProvider>(Logs);
        });
        Http = Factory.CreateClient();
    }

    public BotWebFactory Factory { get; }

    public HttpClient Http { get; }

    public LogCapture Logs { get; } = new();

    /// <summary>The host's embedder; set when the host builds it.</summary>
    public GatedEmbedder? Embedder { get; private set; }

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>A new conversation, started as Web Chat starts one.</summary>
    public Task<DirectLineClient> StartAsync() => DirectLineClient.StartAsync(Http);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Embedder?.Open();
            Http.Dispose();
            Factory.Dispose();
            Logs.Dispose();
        }
    }
}
