using Bot.Core;
using Microsoft.Extensions.Options;

namespace Bot.Web.Chat;

/// <summary>Registers the bot's channel-independent turn logic.</summary>
public static class ChatServiceCollectionExtensions
{
    public static IServiceCollection AddNewsBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ChatOptions>(configuration, ChatOptions.SectionName);
        services.AddSingleton<ReplyComposer>();
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<InMemoryRememberedAnswers>();
        services.AddSingleton<NewsBot>();
        services.AddSingleton<TurnScheduler>();
        // One rate limiter for every channel: conversations are told apart by their keys (channel and id).
        services.AddSingleton(provider =>
        {
            var chat = provider.GetRequiredService<IOptions<ChatOptions>>().Value;
            return new KeyedRateLimiter(chat.ConversationBurst, chat.ConversationPerMinute);
        });
        // Which of these (or their shared-store versions) serve is chosen once, in AddState.
        return services;
    }
}
