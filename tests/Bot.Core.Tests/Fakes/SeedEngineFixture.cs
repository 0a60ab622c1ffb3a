using Bot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Fakes;

/// <summary>One engine over the five seed articles, shared by the tests of a collection (embedding is the slow part).</summary>
public sealed class SeedEngineFixture : IAsyncLifetime
{
    public ServiceProvider Services { get; } = EngineFactory.Create();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync() => await Get<IndexManager>().OpenAsync();

    public Task DisposeAsync()
    {
        Services.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SeedEngineCollection : ICollectionFixture<SeedEngineFixture>
{
    public const string Name = "seed engine";
}
