using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>A claim that names someone in full, over a short item that writes only the surname.</summary>
public sealed class ClaimNamesTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("claim-names");

    public async Task InitializeAsync()
    {
        _archive.Write("sport/001.txt", "Rovers lift the county cup",
            "McManus scored twice in the second half as Rovers beat Town 3-1 to lift the county cup at Meadow Park on Saturday.");
        _archive.Write("space/001.txt", "A new centre for manned flight",
            "Gilruth was given authority to grow his organization into a new NASA center, the Manned Spacecraft Center.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Lookup_FullNameWhereTheStoryWritesTheSurname_IsFound()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "where does it say Brandon McManus scored twice?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.StartsWith("McManus scored twice", Assert.Single(reply.Answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_AnotherSurname_IsNotFound()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "where does it say Brandon Smith scored twice?");

        Assert.True(reply.Answer.Abstained);
        Assert.StartsWith("No article says that.", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_ASubjectTheStoryNeverWrites_IsNotFound()
    {
        // "The goalkeeper" is someone the story never mentions, however well "scored twice" matches.
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "where does it say the goalkeeper scored twice in the second half as Rovers beat Town 3-1 to lift the county cup at Meadow Park?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    [Fact]
    public async Task Lookup_ANameWhoseStemIsAnotherWord_IsNotFoundByThatWord()
    {
        // "Manning" and "Manned" share the stem "man"; a name must be written as itself.
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "where does it say Manning grew his organization into a new NASA center?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
