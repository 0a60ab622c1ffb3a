using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>"Compare the Afghan and Iranian talks": a summary of both strands, though no one story names both.</summary>
[Collection(SeedEngineCollection.Name)]
public sealed class CompareSummaryTests(SeedEngineFixture engine)
{
    private ConversationService Bot => engine.Get<ConversationService>();

    [Theory]
    [InlineData("compare the Afghan and Iranian talks")]
    [InlineData("Can you contrast the Iran talks with the Kabul visit?")]
    [InlineData("compare Torkham vs Chaman")]
    public void Route_CompareTwoTopics_IsASummary(string message) =>
        Assert.Equal(Intent.Summary, engine.Get<IntentRouter>().Route(message).Intent);

    [Theory]
    [InlineData("How do the two compare?")]
    [InlineData("compare")]
    public void CompareRule_NoTwoTopicsToCompare_DoesNotMatch(string message) => Assert.False(CompareRule.IsMatch(message));

    [Fact]
    public async Task Reply_CompareTheAfghanAndIranianTalks_CitesTheIranStoryAndAnAfghanOne()
    {
        var reply = await Bot.ReplyAsync(Guid.NewGuid().ToString("N"), "compare the Afghan and Iranian talks");

        Assert.Equal(Intent.Summary, reply.Intent);
        Assert.StartsWith("Summary of ", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Contains("on “Afghan and Iranian talks”", reply.Answer.Text, StringComparison.Ordinal);
        var cited = reply.Answer.Citations.Select(c => c.ArticleId).ToHashSet();
        Assert.Contains("003_b40e633152d6b01e.txt", cited);
        Assert.Contains("000_fea76c09ba40191c.txt", cited);
    }
}
