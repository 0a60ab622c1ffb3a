using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>Claims looked up over two probes' stories as one archive: the beacon probe's club chairman Desmond Achterberg and
/// the record probe's fund manager Simon Achterberg, convicted of fraud (docs/quality.md, sixty-second pass).</summary>
public sealed class ClaimOverProbesTests() : StoryFolderTests(["beacon", "record"])
{
    // A story may name a person by the surname alone, but one that writes another first name before it, and the claim's own
    // nowhere, is about someone else.
    [Fact]
    public async Task Lookup_AnotherFirstNameBeforeTheSurname_FindsNoSource()
    {
        var reply = await AskAsync("Which story reports that Desmond Achterberg was convicted of fraud?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    [Fact]
    public async Task Lookup_TheFirstNameTheStoryWrites_IsFound()
    {
        var reply = await AskAsync("Which story reports that Simon Achterberg was convicted of fraud?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Simon Achterberg", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
