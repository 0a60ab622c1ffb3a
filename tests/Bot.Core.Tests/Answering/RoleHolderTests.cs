using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>Who holds a post, over the probe archive, where several firms' stories name a chief executive and only one names the firm asked about.</summary>
public sealed class RoleHolderTests(ProbeArchiveFixture archive) : IClassFixture<ProbeArchiveFixture>
{
    [Theory]
    // The energy firm's "Chief executive Tom Ashby blamed …" matches the post best; Harwick's story names Alison Marr.
    [InlineData("Who is Harwick's chief executive?", false)]
    [InlineData("Who is the chief executive of Harwick?", false)]
    // A football story's "Kingsmere boss Paolo Venturi" matched "boss" best; Marr leads only at the bar, so it says so.
    [InlineData("Who is the boss of Harwick?", true)]
    public async Task Ask_PostThatOtherFirmsStoriesNameBetter_QuotesTheHolderFromTheFirmsStory(string question, bool unsure)
    {
        var answer = await archive.Get<AnswerService>().AskAsync(question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Alison Marr", answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Equal(unsure, answer.Notice?.Contains(AnswerText.UnsureNotice, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Ask_PostOfAFirmWhoseStoryNamesNoHolder_IsRefused()
    {
        var answer = await archive.Get<AnswerService>().AskAsync("Who is the boss of Lumen?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
