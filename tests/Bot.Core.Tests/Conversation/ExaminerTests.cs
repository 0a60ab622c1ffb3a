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
}
