namespace Bot.Web.State;

/// <summary>Connects to Redis as the host starts.</summary>
/// <remarks>
/// Made on the first request instead, the connection's first attempts could miss their timeout on a busy machine, and that
/// request was answered 503: behind a load balancer it is a user's first question, which Web Chat shows as "Send failed"
/// and does not resend. The connect does not fail the start: with Redis down the host starts, /healthz says so, and the
/// client goes on reconnecting in the background.
/// </remarks>
internal sealed class RedisWarmUp(RedisState redis) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        redis.Open();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
