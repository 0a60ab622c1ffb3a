namespace Bot.Web.Tests.Hardening;

/// <summary>
/// One web host for the fault and abuse tests, with every memory limit at its smallest so that tests reach it with a
/// few requests, and rate limits out of the way (the tests that need them build their own host with overrides).
/// </summary>
public sealed class HardeningHost : GatedWebHost
{
    public const int HistoryBytesPerConversation = 16_384, HistoryBytes = 65_536;

    /// <summary>The Direct Line signing key, so that tests can mint tokens the host did not issue.</summary>
    public const string SigningKey = "hardening-tests-signing-key-0123456789";

    public HardeningHost()
        : this(new Dictionary<string, string?>())
    {
    }

    internal HardeningHost(IReadOnlyDictionary<string, string?> overrides)
        : base(Settings(overrides))
    {
    }

    private static Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:DirectLine:MaxHistoryBytesPerConversation"] = $"{HistoryBytesPerConversation}",
            ["Bot:DirectLine:MaxHistoryBytes"] = $"{HistoryBytes}",
            ["Bot:DirectLine:TokenSigningKey"] = SigningKey,
            ["Bot:DirectLine:NewConversationsPerMinute"] = "100000",
            ["Bot:Chat:ConversationBurst"] = "10000",
            ["Bot:Chat:MaxQueuedTurnsPerConversation"] = "1000",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }
}

/// <summary>The hardening test classes that can share one host.</summary>
[CollectionDefinition(Name)]
public sealed class HardeningCollection : ICollectionFixture<HardeningHost>
{
    public const string Name = "Hardening host";
}
