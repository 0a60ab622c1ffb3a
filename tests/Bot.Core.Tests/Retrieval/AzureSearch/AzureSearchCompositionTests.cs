using Bot.Core.Indexing;
using Bot.Core.Retrieval;
using Bot.Core.Retrieval.AzureSearch;
using Bot.Core.Tests.Fakes;
using Bot.Core.Tests.Fakes.AzureSearch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Retrieval.AzureSearch;

/// <summary>The store is chosen once, at composition, and a half-configured service fails at start naming the setting.</summary>
public sealed class AzureSearchCompositionTests
{
    [Fact]
    public void Default_ComposesTheInMemoryStoreAndIndexFile()
    {
        using var engine = EngineFactory.Create();

        Assert.IsType<InMemoryPassageStore>(engine.GetRequiredService<IPassageStore>());
        Assert.IsType<InMemoryPassageStore>(engine.GetRequiredService<IPassageWriter>());
        Assert.IsType<IndexFileStorage>(engine.GetRequiredService<IIndexStorage>());
    }

    [Fact]
    public void AzureSearch_ComposesTheServiceStore()
    {
        using var engine = EngineFactory.Create(settings: AzureSearchSettings.For());

        Assert.IsType<AzureSearchPassageStore>(engine.GetRequiredService<IPassageStore>());
        Assert.IsType<AzureSearchWriter>(engine.GetRequiredService<IPassageWriter>());
        Assert.IsType<AzureSearchStorage>(engine.GetRequiredService<IIndexStorage>());
    }

    [Theory]
    [InlineData("Bot:AzureSearch:Endpoint", "", "Bot:AzureSearch:Endpoint must be the search service URL")]
    [InlineData("Bot:AzureSearch:ApiKey", "", "set Bot:AzureSearch:ApiKey")]
    [InlineData("Bot:Retrieval:Store", "Elastic", "Bot:Retrieval:Store must be InMemory or AzureSearch")]
    [InlineData("Bot:AzureSearch:MaxRetries", "11", "MaxRetries")]
    public void Start_MisconfiguredStore_FailsNamingTheSetting(string key, string value, string expected)
    {
        var settings = AzureSearchSettings.For();
        settings[key] = value;
        using var engine = EngineFactory.Create(settings: settings);

        var error = Assert.Throws<OptionsValidationException>(() => engine.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InMemory_WithoutAnyAzureSetting_StartsClean()
    {
        using var engine = EngineFactory.Create(settings: new Dictionary<string, string?> { ["Bot:AzureSearch:Endpoint"] = "" });

        engine.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
    }
}
