using Bot.Web.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Web.Tests.DirectLine;

/// <summary>
/// One web host shared by the Direct Line test classes (building the seed index takes seconds). The rate limit refills
/// slowly so that the flood test does not depend on how fast the machine is.
/// </summary>
public sealed class DirectLineHost() : GatedWebHost(new Dictionary<string, string?>
{
    ["Bot:Chat:ConversationBurst"] = $"{RateLimit}",
    ["Bot:Chat:ConversationPerMinute"] = "1",
    ["Bot:Chat:MaxQueuedTurnsPerConversation"] = "100",
    ["Bot:DirectLine:NewConversationsPerMinute"] = "100000",
})
{
    public const int RateLimit = 10;

    public DirectLineTokens Tokens => Factory.Services.GetRequiredService<DirectLineTokens>();
}

/// <summary>The Direct Line test classes share one host.</summary>
[CollectionDefinition(Name)]
public sealed class DirectLineCollection : ICollectionFixture<DirectLineHost>
{
    public const string Name = "Direct Line host";
}
