using Azure.Core.Pipeline;
using Bot.Core.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>Composes the Azure AI Search store (<c>Bot:Retrieval:Store</c> = AzureSearch).</summary>
public static class AzureSearchRegistration
{
    /// <summary>Registers the service's indexes as the passage store, writer and storage, and requires <c>Bot:AzureSearch</c> at start.</summary>
    public static IServiceCollection AddAzureSearchStore(IServiceCollection services)
    {
        // The section is bound and validated with the others; here it only becomes required.
        services.PostConfigure<AzureSearchOptions>(options => options.IsRequired = true);
        services.AddSingleton(s => new AzureSearchIndexes(
            s.GetRequiredService<IOptions<AzureSearchOptions>>().Value,
            s.GetRequiredService<IOptions<RetrievalOptions>>().Value.TitleBoost,
            s.GetService<HttpPipelineTransport>()));
        services.AddSingleton<AzureSearchCalls>();
        services.AddSingleton<IPassageStore, AzureSearchPassageStore>();
        services.AddSingleton<AzureSearchWriter>();
        services.AddSingleton<IPassageWriter>(s => s.GetRequiredService<AzureSearchWriter>());
        services.AddSingleton<IIndexStorage, AzureSearchStorage>();
        return services;
    }
}
