using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>A "Who" answer whose sentence says "he": the sentence before it that names him leads; over the probe archive.</summary>
public sealed class NameThePronounTests(ProbeArchiveFixture archive) : IClassFixture<ProbeArchiveFixture>
{
    [Fact]
    public async Task Ask_WhoAnswerOpensWithHe_LeadsWithTheSentenceThatNamesHim()
    {
        var answer = await archive.Get<AnswerService>().AskAsync("Who has promised that Mercer branches won't close for at least three years?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Martin Havers", answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Quote.StartsWith("He promised that no Mercer branches", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_NotAWhoQuestion_QuotesTheSentenceAsItIs()
    {
        var answer = await archive.Get<AnswerService>().AskAsync("What was promised about Mercer branches after the takeover?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.StartsWith("He promised that no Mercer branches", answer.Citations[0].Quote, StringComparison.Ordinal);
    }
}
