using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>An age or a sum the stories never give is refused, not answered with the sentences that name the subject.</summary>
public sealed class QuotedKindAnswerTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("quoted-kind");

    public async Task InitializeAsync()
    {
        _archive.Write("health/001.txt", "Nurses strike at Brookfield General",
            "About 340 nurses at Brookfield General Hospital in Kettering walked out on Tuesday in a dispute over staffing.",
            "The trust's chief executive, Martin Reece, said he was \"disappointed\" by the action.",
            "Karen Doyle, a ward sister, was diagnosed with cancer at the age of 44 and returned to work last year.");
        _archive.Write("science/001.txt", "Shetland rocket launch called off",
            "The Orcadia-1 rocket, built by Edinburgh-based firm Skyreach Launch, had been due to lift off from Unst at 11:15.",
            "The launch was called off 40 seconds before lift-off after a fault in a fuel valve.");
        await _archive.OpenAsync();
    }

    [Theory]
    [InlineData("How old is Martin Reece, the Brookfield chief executive?", "no age")]
    [InlineData("How much did the Orcadia-1 rocket cost to build?", "no amount of money")]
    public async Task Ask_FigureNoStoryGives_IsRefusedAndSaysWhy(string question, string why)
    {
        var reply = await _archive.Get<AnswerService>().AskAsync(question);

        Assert.True(reply.Abstained, reply.Text);
        Assert.Contains(why, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_AgeTheStoryGives_QuotesIt()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("How old was Karen Doyle when she was diagnosed with cancer?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("at the age of 44", reply.Citations[0].Quote, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
