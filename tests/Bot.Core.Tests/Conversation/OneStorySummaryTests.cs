using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Conversation;

/// <summary>A summary of a topic one story covers, where only its lead uses the topic's words (TestData/wire).</summary>
public sealed class OneStorySummaryTests : IAsyncLifetime
{
    private ServiceProvider? _services;

    public async Task InitializeAsync() => _services = await EngineFactory.OpenOverAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "wire"));

    [Fact]
    public async Task Reply_OnlyTheLeadMatches_GoesOnWithTheSentencesAfterItInOrder()
    {
        var reply = await _services!.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "summarize the Vellmark job cuts");

        Assert.StartsWith("Summary of 1 article on “Vellmark job cuts”:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.All(reply.Answer.Citations, c => Assert.Equal("business/002.txt", c.ArticleId));
        Assert.InRange(reply.Answer.Citations.Count, 3, 4);
        Assert.StartsWith("German carmaker Vellmark is to cut 1,200 jobs", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
        // "job cuts" in the lead, "800 posts will go" next: the story's own next sentence, in its order.
        Assert.Contains("800 posts will go", reply.Answer.Citations[1].Quote, StringComparison.Ordinal);
        Assert.Equal(reply.Answer.Citations.OrderBy(c => c.Start).Select(c => c.Start), reply.Answer.Citations.Select(c => c.Start));
    }

    // A name with its possessive ("Vellmark's") is the name the story writes.
    [Theory]
    [InlineData("summarise the story about Vellmark's job cuts")]
    [InlineData("summary of Vellmark's job cuts please")]
    public async Task Reply_TopicNamedWithAPossessive_SummarisesTheStory(string message)
    {
        var reply = await _services!.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), message);

        Assert.StartsWith("Summary of 1 article on “Vellmark's job cuts”:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.All(reply.Answer.Citations, c => Assert.Equal("business/002.txt", c.ArticleId));
    }

    public Task DisposeAsync()
    {
        _services?.Dispose();
        return Task.CompletedTask;
    }
}
