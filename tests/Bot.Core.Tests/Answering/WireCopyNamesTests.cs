using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>
/// An archive laid out like a wire service's (topic folders, the headline on the first line), where the headline
/// writes "Time Warner" and the story "TimeWarner": the name is not one the articles never mention.
/// </summary>
public sealed class WireCopyNamesTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("wirecopy");

    public async Task InitializeAsync()
    {
        _archive.Write("business/001.txt", "Ad sales boost Time Warner profit",
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.",
            "The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections and higher advert sales.");
        _archive.Write("tech/001.txt", "Ink helps drive democracy in Asia",
            "The Kyrgyz Republic, a small, mountainous state of the former Soviet republic, is using invisible ink and ultraviolet readers in the country's elections as part of a drive to prevent multiple voting.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Ask_NameTheStoryWritesAsOneWord_IsAnsweredAndSaysHowItWasRead()
    {
        var answer = await _archive.Get<AnswerService>().AskAsync("How much did Time Warner's profits rise?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("76%", answer.Citations[0].Quote, StringComparison.Ordinal);
        Assert.Equal("business/001.txt", answer.Citations[0].ArticleId);
        // Over two stories the models are less sure, so an unsure notice may come first (AnsweringOptions.SureAnswerability).
        Assert.EndsWith("Read “Time Warner” as “TimeWarner”, as the articles write it.", answer.Notice, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
