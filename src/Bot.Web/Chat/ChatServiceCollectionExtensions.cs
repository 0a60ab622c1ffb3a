namespace Bot.Web.Chat;

/// <summary>Registers the bot's channel-independent turn logic.</summary>
public static class ChatServiceCollectionExtensions
{
    public static IServiceCollection AddNewsBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChatOptions>().Bind(configuration.GetSection(ChatOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReplyComposer>();
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<NewsBot>();
        return services;
    }
}
