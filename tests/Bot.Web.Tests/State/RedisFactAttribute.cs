namespace Bot.Web.Tests.State;

/// <summary>
/// A test that needs a real redis-server (.ci/run installs it). Skipped, visibly and with the reason, only where the
/// binary is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Binary is null)
        {
            Skip = "redis-server is not installed (apt-get install -y redis-server, as .ci/run does): shared-state tests skipped.";
        }
    }
}
