using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Conversation;

/// <summary>"Which stories mention Gwadar?" over more stories than the search pool holds: the list is capped and the count is a floor.</summary>
public sealed class ManyMentionsTests : IAsyncLifetime
{
    private const int Stories = 45;
    private readonly ArchiveFolder _archive = new("mentions");

    public async Task InitializeAsync()
    {
        for (int i = 1; i <= Stories; i++)
        {
            _archive.Write($"port/{i:000}.txt", $"GWADAR: Ship number {i} docked at Gwadar port on day {i} of the season, port officials said.");
        }

        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Reply_MoreStoriesThanThePoolHolds_ListsEightAndSaysAtLeast()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"), "which stories mention Gwadar port?");

        Assert.Matches(@"^At least \d+ articles mention “Gwadar port”; the first 8:", reply.Answer.Text);
        Assert.Equal(8, reply.Answer.Citations.Select(c => c.ArticleId).Distinct().Count());
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
