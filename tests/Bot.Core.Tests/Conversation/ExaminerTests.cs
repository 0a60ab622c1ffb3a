using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The eighteenth probe's look-up misses, end to end over its 20 regional stories (TestData/examiner; docs/quality.md, thirty-seventh pass).</summary>
public sealed class ExaminerTests() : StoryFolderTests("examiner")
{
    // "Close to 40%" is near four in ten, not a closure the story's "opened" contradicts.
    [Fact]
    public async Task Lookup_CloseToAnAmount_IsFound()
    {
        var reply = await AskAsync("Where does it say that close to 40% of the Harrowford council's spending now goes on looking after adults?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Nearly four in ten pounds", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    // The story never names the woman the fire service rescued.
    [Fact]
    public async Task Question_TheNameOfSomeoneTheStoryLeavesUnnamed_IsRefused()
    {
        var reply = await AskAsync("What was the name of the 88-year-old woman rescued from her bungalow in Orchard Close?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    // The court story names the driver only after its lead, which gives his speed: "who was doing 78mph in a 30mph zone".
    [Fact]
    public async Task Question_HowFast_LeadsWithTheSentenceThatGivesASpeed()
    {
        var reply = await AskAsync("how fast was meeks going");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("78mph", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
