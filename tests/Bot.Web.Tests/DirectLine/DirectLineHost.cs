using Bot.Core.Embeddings;
using Bot.Web.DirectLine;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Web.Tests.DirectLine;

/// <summary>
/// One web host shared by the Direct Line test classes (building the seed index takes seconds). The rate limit refills
/// slowly so that the flood test does not depend on how fast the machine is.
/// </summary>
public sealed class DirectLineHost : IDisposable
{
    public const int RateLimit = 10;

    public DirectLineHost()
    {
        Factory = new BotWebFactory(
            new Dictionary<string, string?>
            {
                ["Bot:Chat:ConversationBurst"] = $"{RateLimit}",
                ["Bot:Chat:ConversationPerMinute"] = "1",
                ["Bot:Chat:MaxQueuedTurnsPerConversation"] = "100",
                ["Bot:DirectLine:NewConversationsPerMinute"] = "100000",
            },
            services => services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(provider => Embedder ??= new GatedEmbedder(EmbeddingGeneratorFactory.Create(provider))));
        Http = Factory.CreateClient();
    }

    public BotWebFactory Factory { get; }

    public HttpClient Http { get; }

    /// <summary>The host's embedder; set when the host builds it.</summary>
    public GatedEmbedder? Embedder { get; private set; }

    public DirectLineTokens Tokens => Factory.Services.GetRequiredService<DirectLineTokens>();

    /// <summary>A new conversation, started as Web Chat starts one.</summary>
    public Task<DirectLineClient> StartAsync() => DirectLineClient.StartAsync(Http);

    public void Dispose()
    {
        Embedder?.Open();
        Http.Dispose();
        Factory.Dispose();
    }
}

/// <summary>The Direct Line test classes share one host.</summary>
[CollectionDefinition(Name)]
public sealed class DirectLineCollection : ICollectionFixture<DirectLineHost>
{
    public const string Name = "Direct Line host";
}
