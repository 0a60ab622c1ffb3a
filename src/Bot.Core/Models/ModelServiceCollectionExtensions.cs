using Bot.Core.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Models;

/// <summary>Registers the opt-in model path; with the Offline provider nothing here ever touches the network.</summary>
public static class ModelServiceCollectionExtensions
{
    /// <summary>Adds the <c>Bot:Model</c> validation, the prompt library, the kernel (built on first use), and the model answerer, follow-up rewriter, summarizer and claim look-up.</summary>
    public static IServiceCollection AddBotModels(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<ModelOptions>, ModelOptionsValidator>();
        services.AddSingleton(_ => new PromptLibrary());
        services.AddLogging();
        services.AddSingleton<ModelKernel>();
        services.AddSingleton<ModelChat>();
        services.AddSingleton<ModelAnswerer>();
        services.AddSingleton<FollowUpRewriter>();
        services.AddSingleton<ModelSummarizer>();
        services.AddSingleton<ModelLookup>();
        return services;
    }
}
