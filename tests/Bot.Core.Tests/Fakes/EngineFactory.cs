using Bot.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Fakes;

/// <summary>Builds the real engine graph (offline) with a private index file, as the hosts do.</summary>
public static class EngineFactory
{
    public static string SeedsPath => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>An engine whose index is built from the articles in <paramref name="folder"/>.</summary>
    public static async Task<ServiceProvider> OpenOverAsync(string folder)
    {
        var services = Create(settings: new Dictionary<string, string?> { ["Bot:Paths:Seeds"] = folder });
        await services.GetRequiredService<Bot.Core.Indexing.IndexManager>().OpenAsync();
        return services;
    }

    public static ServiceProvider Create(string? indexPath = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Bot:Paths:Seeds"] = SeedsPath,
            ["Bot:Paths:Index"] = indexPath ?? TestScratch.PathFor("index", ".index"),
            ["Bot:Inbox:Folder"] = TestScratch.PathFor("inbox"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection().AddBotCore(configuration);
        services?.Invoke(collection);
        return collection.BuildServiceProvider();
    }
}
