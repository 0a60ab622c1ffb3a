using Bot.Core.Embeddings;
using Bot.Web.Tests.DirectLine;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Web.Tests.Hardening;

/// <summary>
/// One web host for the fault and abuse tests, with every memory limit at its smallest so that tests reach it with a
/// few requests, rate limits out of the way (the tests that need them build their own host), and an embedder gate
/// to hold answers mid-turn.
/// </summary>
public sealed class HardeningHost : IDisposable
{
    public const int HistoryBytesPerConversation = 16_384, HistoryBytes = 65_536;

    /// <summary>The Direct Line signing key, so that tests can mint tokens the host did not issue.</summary>
    public const string SigningKey = "hardening-tests-signing-key-0123456789";

    public HardeningHost()
        : this(new Dictionary<string, string?>())
    {
    }

    internal HardeningHost(IReadOnlyDictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:DirectLine:MaxHistoryBytesPerConversation"] = $"{HistoryBytesPerConversation}",
            ["Bot:DirectLine:MaxHistoryBytes"] = $"{HistoryBytes}",
            ["Bot:DirectLine:TokenSigningKey"] = SigningKey,
            ["Bot:DirectLine:NewConversationsPerMinute"] = "100000",
            ["Bot:Chat:ConversationBurst"] = "10000",
            ["Bot:Chat:MaxQueuedTurnsPerConversation"] = "1000",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

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
        Embedder?.Open();
        Http.Dispose();
        Factory.Dispose();
    }
}

/// <summary>The hardening test classes that can share one host.</summary>
[CollectionDefinition(Name)]
public sealed class HardeningCollection : ICollectionFixture<HardeningHost>
{
    public const string Name = "Hardening host";
}
