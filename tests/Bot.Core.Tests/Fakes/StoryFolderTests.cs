using Bot.Core.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Fakes;

/// <summary>End-to-end tests over one folder of TestData stories (a probe): the engine is opened over it once per class.</summary>
public abstract class StoryFolderTests(string folder) : IAsyncLifetime
{
    private ServiceProvider? _services;

    public async Task InitializeAsync() => _services = await EngineFactory.OpenOverAsync(Path.Combine(AppContext.BaseDirectory, "TestData", folder));

    /// <summary>The conversation layer over the folder's stories.</summary>
    protected ConversationService Conversation => _services!.GetRequiredService<ConversationService>();

    /// <summary>The reply to <paramref name="message"/> in a new conversation.</summary>
    protected Task<ConversationReply> AskAsync(string message) => Conversation.ReplyAsync(Guid.NewGuid().ToString("N"), message);

    public Task DisposeAsync()
    {
        _services?.Dispose();
        return Task.CompletedTask;
    }
}
