using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>A chat question that opens with its subject ("McAllister prize money?"): the first word is a name the answer must be about.</summary>
public sealed class QuestionOpensWithNameTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("opens-with-name");

    public async Task InitializeAsync()
    {
        _archive.Write("sport/001.txt", "Varga wins the Lisbon Open",
            "Hungary's Elena Varga won the Lisbon Open on Sunday, beating the top seed in straight sets.",
            "She also collects prize money of €520,000.",
            "Varga is coached by her father, Laszlo.");
        _archive.Write("sport/002.txt", "McAllister wins Scottish Links Championship",
            "Ross McAllister claimed his first professional title with a three-shot victory at Kilbrannan.",
            "McAllister, 25, from Inverness, carded a final round of 66 to finish on 17 under par.",
            "He started the day one shot behind the overnight leader.",
            "The win earns him £540,000.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Ask_NameFirst_DoesNotQuoteAnotherPlayersStory()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("McAllister prize money?");

        Assert.DoesNotContain("€520,000", reply.Text, StringComparison.Ordinal);
        Assert.All(reply.Citations, c => Assert.Equal("sport/002.txt", c.ArticleId));
    }

    [Fact]
    public async Task Ask_NameFirstOfTheStoryThatSaysIt_QuotesIt()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("Varga prize money?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("€520,000", reply.Citations[0].Quote, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
