using Bot.Core.Indexing;
using Bot.Core.Tests.Fakes.AzureSearch;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Fakes;

/// <summary>The engine over the five seed articles with Store = AzureSearch: everything it reads comes from a loopback service.</summary>
public sealed class AzureSeedEngineFixture : IAsyncLifetime
{
    public LoopbackAzureSearch Service { get; } = new();

    public ServiceProvider Services { get; private set; } = null!;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        Services = EngineFactory.Create(settings: AzureSearchSettings.For(), services: s => AzureSearchSettings.Reach(s, Service));
        await Get<IndexManager>().OpenAsync();
    }

    public Task DisposeAsync()
    {
        Services.Dispose();
        Service.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class AzureSeedEngineCollection : ICollectionFixture<AzureSeedEngineFixture>, ICollectionFixture<SeedEngineFixture>
{
    public const string Name = "seed engine on azure search";
}
