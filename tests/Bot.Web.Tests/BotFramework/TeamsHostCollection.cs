namespace Bot.Web.Tests.BotFramework;

/// <summary>The test classes that share one <see cref="TeamsHost"/> (and so run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class TeamsHostCollection : ICollectionFixture<TeamsHost>
{
    public const string Name = "Teams host";
}
