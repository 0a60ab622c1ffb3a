using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The fifth probe's misses, end to end over its 20 wire-style stories (TestData/bureau; docs/quality.md, twenty-fifth pass).</summary>
public sealed class BureauTests() : StoryFolderTests("bureau")
{
    [Fact]
    public async Task Question_AgeGivenAsADateBeforeChrist_IsAnswered()
    {
        var reply = await AskAsync("how old are the roundhouses found at Hollingford");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("1200BC", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which river does the Halfpenny Bridge in Elmstead cross", "The closest stories do not name the river.")]
    [InlineData("who came second in the men's Harbour City Marathon", "The closest stories do not say who came second.")]
    public async Task Question_TheStoriesGiveNoneOfTheKindAsked_IsRefused(string question, string note)
    {
        var reply = await AskAsync(question);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains(note, reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_ANumberTheStoryNeverGives_IsNotFound()
    {
        var reply = await AskAsync("Which story reports that the migraine jab cut attacks to fewer than three days a month?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.StartsWith("No article says that.", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_ACenturyForTheYear_IsFound()
    {
        var reply = await AskAsync("which article says the charge for crossing the old bridge was scrapped in the 19th century");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("abolished in 1894", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
