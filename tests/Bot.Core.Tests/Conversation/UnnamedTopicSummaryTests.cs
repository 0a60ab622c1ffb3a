using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Conversation;

/// <summary>A summary of a topic that names no one, over the wire nurses story and the seed story about Torkham's medical patients.</summary>
public sealed class UnnamedTopicSummaryTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newsbot-topic-{Guid.NewGuid():N}");
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "wire", "politics", "001.txt"), Path.Combine(_folder, "nurses.txt"));
        File.Copy(Path.Combine(EngineFactory.SeedsPath, "004_9d889a496ed59ed2.txt"), Path.Combine(_folder, "torkham.txt"));
        _services = await EngineFactory.OpenOverAsync(_folder);
    }

    public Task DisposeAsync()
    {
        _services?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Summary_OfATopicWithNoName_KeepsToStoriesThatUseItsWords()
    {
        // "… preventing entry to those accompanying medical patients …" came close enough to "nurses" to be summarised too.
        var reply = await _services!.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "summarize the nurses story");

        Assert.StartsWith("Summary of 1 article on “nurses”:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.All(reply.Answer.Citations, c => Assert.Equal("nurses.txt", c.ArticleId));
    }
}
