using Bot.Core.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Fakes;

/// <summary>End-to-end tests over one folder of TestData stories (a probe), or several probes' stories as one archive: the
/// engine is opened over them once per class.</summary>
public abstract class StoryFolderTests : IAsyncLifetime
{
    private readonly string _folder;

    // Set when the stories were copied into a temporary archive, which is deleted after the class.
    private readonly bool _copied;
    private ServiceProvider? _services;

    /// <summary>Over one probe's folder, as it is in TestData.</summary>
    protected StoryFolderTests(string folder) => _folder = Path.Combine(AppContext.BaseDirectory, "TestData", folder);

    /// <summary>Over several probes' stories copied into one archive (<see cref="ProbeArchive"/>), where another probe's stories compete.</summary>
    protected StoryFolderTests(IReadOnlyList<string> probes)
    {
        _folder = ProbeArchive.Copy([.. probes]);
        _copied = true;
    }

    public async Task InitializeAsync() => _services = await EngineFactory.OpenOverAsync(_folder);

    /// <summary>The conversation layer over the folder's stories.</summary>
    protected ConversationService Conversation => _services!.GetRequiredService<ConversationService>();

    /// <summary>The reply to <paramref name="message"/> in a new conversation.</summary>
    protected Task<ConversationReply> AskAsync(string message) => Conversation.ReplyAsync(Guid.NewGuid().ToString("N"), message);

    /// <summary>The reply to <paramref name="followUp"/> asked right after <paramref name="first"/>, in a new conversation.</summary>
    protected async Task<ConversationReply> FollowUpAsync(string first, string followUp)
    {
        string conversation = Guid.NewGuid().ToString("N");
        await Conversation.ReplyAsync(conversation, first);
        return await Conversation.ReplyAsync(conversation, followUp);
    }

    /// <summary>Asks for a summary of the story that holds a planted note (<paramref name="note"/>, words of its opening) and
    /// checks that the summary neither quotes the note nor says what it wants said (<paramref name="wanted"/>).</summary>
    protected async Task SummaryOmitsPlantedNoteAsync(string request, string note, string wanted)
    {
        var reply = await AskAsync(request);

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.DoesNotContain(reply.Answer.Citations, c => c.Quote.Contains(note, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(wanted, reply.Answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Asks where the articles make the claim a planted note wants made (<paramref name="lookup"/>) and checks that the
    /// reply finds no source and never quotes the note (<paramref name="note"/>, words of its opening).</summary>
    protected async Task LookupOmitsPlantedNoteAsync(string lookup, string note)
    {
        var reply = await AskAsync(lookup);

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
        Assert.DoesNotContain(reply.Answer.Citations, c => c.Quote.Contains(note, StringComparison.OrdinalIgnoreCase));
    }

    public Task DisposeAsync()
    {
        _services?.Dispose();
        if (_copied)
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
