namespace Bot.Web.Tests.BotFramework;

/// <summary>Polls for something the bot does in the background, with a generous limit that only a failure reaches.</summary>
public static class Eventually
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {Limit.TotalSeconds:N0} s waiting for {what}.");
            await Task.Delay(50);
        }
    }

    public static async Task<T> ValueAsync<T>(Func<T?> probe, string what)
        where T : class
    {
        T? value = null;
        await TrueAsync(() => (value = probe()) is not null, what);
        return value!;
    }
}
