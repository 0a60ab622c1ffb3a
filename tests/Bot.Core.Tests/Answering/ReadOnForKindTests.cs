using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Answering;

/// <summary>
/// An answer whose first sentence lacks the kind asked reads on through its stories (<c>ExtractiveAnswerer.ReadOnForKindAsync</c>).
/// A pool of three passages stands in for a large archive, where the passage that names the holder is not retrieved.
/// </summary>
public sealed class ReadOnForKindTests : IAsyncLifetime
{
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        _services = EngineFactory.Create(settings: new Dictionary<string, string?>
        {
            ["Bot:Paths:Seeds"] = Path.Combine(AppContext.BaseDirectory, "TestData", "archive"),
            ["Bot:Answering:RerankPool"] = "3",
            ["Bot:Retrieval:Top"] = "3",
        });
        await _services.GetRequiredService<Bot.Core.Indexing.IndexManager>().OpenAsync();
    }

    // "Chief executive Andrew Kilbride said …" never writes the firm's name, so retrieval left it out and the answer led with
    // "But FibreNest has faced criticism …", which names no one.
    [Fact]
    public async Task Question_WhoWithNoNameInTheFirstSentence_ReadsOnToTheHolder()
    {
        var reply = await _services!.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "Who runs FibreNest?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("Andrew Kilbride", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _services?.Dispose();
        return Task.CompletedTask;
    }
}
