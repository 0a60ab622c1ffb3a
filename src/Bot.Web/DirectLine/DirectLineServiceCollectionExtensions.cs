using Bot.Core;
namespace Bot.Web.DirectLine;

/// <summary>Registers the self-hosted Direct Line channel; needs <c>AddNewsBot</c> for the bot it delivers to.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DirectLineOptions>(configuration, DirectLineOptions.SectionName);
        services.AddSingleton<DirectLineTokens>();
        // The in-process stores; AddState picks them, or the shared ones, for the interfaces the channel uses.
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<ProcessSigningKey>();
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<DirectLineBot>();
        return services;
    }
}
