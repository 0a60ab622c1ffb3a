using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Conversation;

/// <summary>A claim in the reader's words whose topic the headline names and the sentence that makes it does not.</summary>
public sealed class ClaimHeadlineTests : IAsyncLifetime
{
    private ServiceProvider? _services;

    public async Task InitializeAsync() => _services = await EngineFactory.OpenOverAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "regional"));

    [Fact]
    public async Task Lookup_TopicInTheHeadline_IsFound()
    {
        var reply = await _services!.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"),
            "Is there an article saying clothing fibres were the biggest source of plastic in rivers?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("fibres from synthetic clothing", Assert.Single(reply.Answer.Citations).Quote, StringComparison.Ordinal);
    }

    [Theory]
    // The headline names the topic, but the story says the opposite of the claim, or of someone else.
    [InlineData("Where does it say the Shrewsbury housing scheme was rejected by nine votes to two?")]
    [InlineData("Which article says the Scarborough porters accepted the trust's offer of back pay?")]
    public async Task Lookup_FalseClaimOnAHeadlinedTopic_IsNotFound(string utterance)
    {
        var reply = await _services!.GetRequiredService<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), utterance);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    public Task DisposeAsync()
    {
        _services?.Dispose();
        return Task.CompletedTask;
    }
}
