using StackExchange.Redis;

namespace Bot.Web.State;

/// <summary>Tells a shared store that cannot be reached (refused, down, too slow) from a bug, which stays a 500.</summary>
public static class StateFailure
{
    /// <summary>The message people see while the shared state is unreachable.</summary>
    public const string Message = "The bot's conversation store is unavailable; please try again shortly.";

    public static bool IsUnavailable(Exception error) => error is RedisConnectionException or RedisTimeoutException
        || (error is AggregateException aggregate && aggregate.InnerExceptions.Any(IsUnavailable));
}
