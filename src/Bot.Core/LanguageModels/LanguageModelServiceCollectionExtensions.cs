using Bot.Core.Answering;
using Bot.Core.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.LanguageModels;

/// <summary>Registers the answer writer for the configured provider: the extractive one offline, the language-model one otherwise.</summary>
public static class LanguageModelServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <c>Bot:Model</c> validation and <see cref="IAnswerWriter"/>, chosen once by <c>Bot:Model:Provider</c>. With the
    /// Offline provider the kernel is never built and nothing here touches the network.
    /// </summary>
    public static IServiceCollection AddLanguageModels(this IServiceCollection services)
    {
        services.AddSingleton(_ => new PromptLibrary());
        services.AddLogging();
        services.AddSingleton<ModelKernel>();
        services.AddSingleton<ModelChat>();
        services.AddSingleton<ModelAnswerer>();
        services.AddSingleton<FollowUpRewriter>();
        services.AddSingleton<ModelSummarizer>();
        services.AddSingleton<ModelLookup>();
        services.AddSingleton<LanguageModelWriter>();
        services.AddSingleton<ExtractiveWriter>();
        services.AddSingleton<IAnswerWriter>(s => s.GetRequiredService<IOptions<ModelOptions>>().Value.UsesModel
            ? s.GetRequiredService<LanguageModelWriter>()
            : s.GetRequiredService<ExtractiveWriter>());
        return services;
    }
}
