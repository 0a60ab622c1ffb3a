using Bot.Core.Conversation;
using Bot.Core.Conversation.Intents;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>"What's the latest on …" and "which stories mention …" over three dated stories on one topic: newest story first.</summary>
public sealed class LatestSummaryTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("latest");

    private ConversationService Bot => _archive.Get<ConversationService>();

    public async Task InitializeAsync()
    {
        _archive.Write("cranes.txt", "GWADAR: Three new cranes arrived at Gwadar port on Monday, the port authority said.", "Published in Dawn, March 3rd, 2021");
        _archive.Write("dredging.txt", "GWADAR: Dredging of the Gwadar port channel was finished on Friday, allowing bigger ships to dock.", "Published in Dawn, May 5th, 2023");
        _archive.Write("cargo.txt", "GWADAR: Gwadar port handled record cargo last month, its chairman said on Tuesday.", "Published in Dawn, June 9th, 2022");
        await _archive.OpenAsync();
    }

    [Theory]
    [InlineData("What's the latest on Gwadar port?")]
    [InlineData("any updates on Gwadar port")]
    public async Task Reply_LatestOnATopic_SummarisesTheNewestStoryFirst(string message)
    {
        var reply = await Bot.ReplyAsync(Guid.NewGuid().ToString("N"), message);

        Assert.Equal(Intent.Summary, reply.Intent);
        Assert.StartsWith("Summary of 3 articles on “Gwadar port”, newest first:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(["dredging.txt", "cargo.txt", "cranes.txt"], reply.Answer.Citations.Select(c => c.ArticleId).Distinct());
    }

    [Fact]
    public async Task Reply_SummaryOfATopic_TellsItInTheOrderItHappened()
    {
        var reply = await Bot.ReplyAsync(Guid.NewGuid().ToString("N"), "Summarize the Gwadar port coverage");

        Assert.StartsWith("Summary of 3 articles on “Gwadar port”:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(["cranes.txt", "cargo.txt", "dredging.txt"], reply.Answer.Citations.Select(c => c.ArticleId).Distinct());
    }

    [Fact]
    public async Task Reply_WhichStoriesMentionASubject_ListsEveryOneNewestFirst()
    {
        var reply = await Bot.ReplyAsync(Guid.NewGuid().ToString("N"), "Which stories mention Gwadar port?");

        Assert.Equal(Intent.Lookup, reply.Intent);
        Assert.StartsWith("3 articles mention “Gwadar port”, newest first:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(["dredging.txt", "cargo.txt", "cranes.txt"], reply.Answer.Citations.Select(c => c.ArticleId));
        Assert.All(reply.Answer.Citations, c => Assert.Contains("Gwadar port", c.Quote, StringComparison.Ordinal));
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
