using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>A claim whose story says its opposite before the sentence that comes closest: "rejected" of a scheme the story says was approved.</summary>
public sealed class ClaimStoryOppositeTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("claim-story-opposite");

    public async Task InitializeAsync()
    {
        _archive.Write("local/002.txt", "Plans for 450 homes in Shrewsbury approved despite protests",
            "Plans to build 450 homes on farmland on the northern edge of Shrewsbury have been approved, despite a petition against them.",
            "The council's planning committee voted 7-4 in favour of the scheme by developer Redmere Homes at Harlescott Fields on Thursday evening.",
            "Councillor Hannah Price, one of four committee members who voted against, said the scheme should have included at least 30% affordable homes.");
        _archive.Write("local/003.txt", "Malvern homes plan thrown out",
            "Plans for 300 homes on fields at the foot of the Malvern Hills have been rejected by councillors after more than 4,800 objections.",
            "The planning committee voted 9-2 against the scheme, saying it would harm views of the hills.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Lookup_ClaimTheStorySaysTheOppositeOf_IsNotFoundAndSaysWhatItSays()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"),
            "Where does it say the Shrewsbury housing scheme was rejected by nine votes to two?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("not “rejected”", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_ClaimTheStoryMakes_IsFound()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"),
            "Where does it say the Malvern housing plan was rejected by councillors?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Equal("local/003.txt", Assert.Single(reply.Answer.Citations).ArticleId);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
