using Bot.Core.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Retrieval;

/// <summary>The one place the passage store is chosen (<c>Bot:Retrieval:Store</c>); everything else takes <see cref="IPassageStore"/>.</summary>
public static class PassageStoreRegistration
{
    /// <summary>Registers the configured store as <see cref="IPassageStore"/>, <see cref="IPassageWriter"/> and <see cref="IIndexStorage"/>.</summary>
    public static IServiceCollection AddPassageStore(this IServiceCollection services, IConfiguration configuration)
    {
        var retrieval = configuration.GetSection(RetrievalOptions.SectionName).Get<RetrievalOptions>() ?? new RetrievalOptions();
        if (retrieval.UsesAzureSearch)
        {
            return AzureSearch.AzureSearchRegistration.AddAzureSearchStore(services);
        }

        services.AddSingleton<InMemoryPassageStore>();
        services.AddSingleton<IPassageStore>(s => s.GetRequiredService<InMemoryPassageStore>());
        services.AddSingleton<IPassageWriter>(s => s.GetRequiredService<InMemoryPassageStore>());
        services.AddSingleton<IIndexStorage, IndexFileStorage>();
        return services;
    }
}
