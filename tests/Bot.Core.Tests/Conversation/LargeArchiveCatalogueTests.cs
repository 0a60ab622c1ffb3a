using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>The list over an archive larger than it shows: the newest ten, and where to go for the rest.</summary>
public sealed class LargeArchiveCatalogueTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("catalogue");

    public async Task InitializeAsync()
    {
        for (int day = 1; day <= 12; day++)
        {
            _archive.Write($"port/{day:00}.txt", $"Gwadar port, day {day}", $"GWADAR: Cargo handling at Gwadar port went on for a {day}th day, officials said.", $"Published in Dawn, March {day}, 2021");
        }

        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Reply_TwelveArticles_ListsTheNewestTenAndSaysHowToFindTheOthers()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "list the latest stories");

        Assert.StartsWith("I have 12 news articles (outlets named: Dawn), dated 1 Mar 2021 to 12 Mar 2021. The newest 10:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(3, 10).Reverse().Select(d => $"port/{d:00}.txt"), reply.Answer.Citations.Select(c => c.ArticleId));
        Assert.EndsWith("For the others, ask which stories mention a subject (“which stories mention Torkham?”), or ask a question.", reply.Answer.Text, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
