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
            string folder = day <= 6 ? "port" : "shipping";
            _archive.Write($"{folder}/{day:00}.txt", $"Gwadar port, day {day}", $"GWADAR: Cargo handling at Gwadar port went on for a {day}th day, officials said.", $"Published in Dawn, March {day}, 2021");
        }

        // A file that repeats its headline as its first line: the list quotes the sentence after it.
        _archive.Write("shipping/13.txt", "Gwadar port, day 13", "Gwadar port, day 13", "GWADAR: Ships queued outside Gwadar port on the 13th day, officials said.", "Published in Dawn, March 13, 2021");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Reply_ThirteenArticlesInTwoFolders_ListsTheNewestTenAndSaysHowToFindTheOthers()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "list the latest stories");

        Assert.StartsWith("I have 13 news articles (outlets named: Dawn), dated 1 Mar 2021 to 13 Mar 2021 in 2 folders: port (6), shipping (7). The newest 10:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(4, 10).Reverse().Select(d => $"{(d <= 6 ? "port" : "shipping")}/{d:00}.txt"), reply.Answer.Citations.Select(c => c.ArticleId));
        Assert.Equal("GWADAR: Ships queued outside Gwadar port on the 13th day, officials said.", reply.Answer.Citations[0].Quote);
        Assert.EndsWith("For the others, ask which stories mention a subject (“which stories mention Torkham?”), or ask a question.", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which stories are about shipping?")]
    [InlineData("list the Shipping stories")]
    public async Task Reply_AFolderByName_ListsThatFolderNewestFirst(string message)
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), message);

        Assert.StartsWith("I have 7 articles in shipping. Newest first:", reply.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(7, 7).Reverse().Select(d => $"shipping/{d:00}.txt"), reply.Answer.Citations.Select(c => c.ArticleId));
    }

    [Fact]
    public async Task Reply_AWordThatIsNoFolder_ListsTheStoriesThatMentionIt()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "list the Gwadar stories");

        Assert.Matches("^(At least )?13 articles mention “Gwadar”", reply.Answer.Text);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
