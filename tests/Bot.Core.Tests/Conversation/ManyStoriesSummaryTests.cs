using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>A summary over an archive where twenty stories match: five of them, and a count of the rest.</summary>
public sealed class ManyStoriesSummaryTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("summary");

    public async Task InitializeAsync()
    {
        for (int i = 1; i <= 20; i++)
        {
            _archive.Write($"port/{i:000}.txt", $"Gwadar strike, day {i}\n\nGWADAR: The dock workers' strike at Gwadar port halted cargo handling for a {i}th day, port officials said.");
        }

        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Reply_ManyStoriesMatch_SummarisesFiveAndCountsTheRest()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "summarize the Gwadar port cargo strike");

        Assert.Matches(@"^Summary of the 5 best-matching of \d+ articles on “Gwadar port cargo strike”:", reply.Answer.Text);
        // The stories say nearly the same thing, so repeats are left out: at most five stories, never more.
        Assert.InRange(reply.Answer.Citations.Select(c => c.ArticleId).Distinct().Count(), 1, 5);
        Assert.Matches(@"\d+ more matching articles are left out: narrow the topic, or ask a question about it\.$", reply.Answer.Text);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
