namespace Bot.Web.State;

/// <summary>Whether conversation state can be reached, for <c>/healthz</c>.</summary>
public interface IStateHealth
{
    /// <summary>Where state is kept: <c>process</c> or <c>redis</c>.</summary>
    string Store { get; }

    Task<bool> IsReachableAsync();
}

/// <summary>State in this process is always there.</summary>
internal sealed class ProcessStateHealth : IStateHealth
{
    public string Store => "process";

    public Task<bool> IsReachableAsync() => Task.FromResult(true);
}

/// <summary>State in Redis is there when Redis answers a PING in time.</summary>
internal sealed class RedisStateHealth(RedisState redis) : IStateHealth
{
    public string Store => "redis";

    public Task<bool> IsReachableAsync() => redis.IsReachableAsync();
}
