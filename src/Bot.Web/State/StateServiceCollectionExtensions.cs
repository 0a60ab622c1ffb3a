using Bot.Core;
using Bot.Core.Conversation;
using Bot.Web.Chat;
using Bot.Web.DirectLine;
using Bot.Web.Endpoints;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Web.State;

/// <summary>
/// The one place where conversation state is chosen: in this process, or in Redis when <c>Bot:State:Redis</c> is set.
/// Everything else asks for the interfaces. Needs <c>AddBotCore</c>, <c>AddNewsBot</c> and <c>AddDirectLine</c> first.
/// </summary>
public static class StateServiceCollectionExtensions
{
    public static IServiceCollection AddState(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StateOptions.SectionName);
        services.AddValidatedOptions<StateOptions>(configuration, StateOptions.SectionName);
        var options = section.Get<StateOptions>() ?? new StateOptions();
        return options.UsesRedis ? services.AddRedisState() : services.AddProcessState();
    }

    private static IServiceCollection AddProcessState(this IServiceCollection services)
    {
        services.AddSingleton<IConversationRateLimiter>(provider => provider.GetRequiredService<KeyedRateLimiter>());
        services.AddSingleton(provider => new NewTokenLimiter(new KeyedRateLimiter(NewTokensPerMinute(provider), NewTokensPerMinute(provider))));
        services.AddSingleton<IRememberedAnswers>(provider => provider.GetRequiredService<InMemoryRememberedAnswers>());
        services.AddSingleton<IDirectLineConversations>(provider => provider.GetRequiredService<DirectLineConversations>());
        services.AddSingleton<IDirectLineSigningKey>(provider => provider.GetRequiredService<ProcessSigningKey>());
        services.AddSingleton<IAskConversationIds>(provider => provider.GetRequiredService<ProcessAskConversationIds>());
        services.AddSingleton<IStateHealth, ProcessStateHealth>();
        return services;
    }

    private static IServiceCollection AddRedisState(this IServiceCollection services)
    {
        services.AddSingleton<RedisState>();
        services.AddHostedService<RedisWarmUp>();
        services.Replace(ServiceDescriptor.Singleton<IConversationMemory, RedisConversationMemory>());
        services.AddSingleton<IConversationRateLimiter>(provider =>
        {
            var chat = provider.GetRequiredService<IOptions<ChatOptions>>().Value;
            return new RedisRateLimiter(provider.GetRequiredService<RedisState>(), chat.ConversationBurst, chat.ConversationPerMinute);
        });
        services.AddSingleton(provider => new NewTokenLimiter(
            new RedisRateLimiter(provider.GetRequiredService<RedisState>(), NewTokensPerMinute(provider), NewTokensPerMinute(provider))));
        services.AddSingleton<IRememberedAnswers, RedisRememberedAnswers>();
        services.AddSingleton<IDirectLineConversations, RedisDirectLineConversations>();
        services.AddSingleton<IDirectLineSigningKey, RedisSigningKey>();
        services.AddSingleton<IAskConversationIds, RedisAskConversationIds>();
        services.AddSingleton<IStateHealth, RedisStateHealth>();
        return services;
    }

    // A minute's allowance may be taken at once, then it refills over the minute: the fixed window it replaced, smoothed.
    private static int NewTokensPerMinute(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<DirectLineOptions>>().Value.NewConversationsPerMinute;
}
