using Bot.Core.Answering;
using Bot.Core.Conversation;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>A correction appended to a story is read with the sentence that corrects it, and no look-up is confirmed by the
/// figure it withdraws.</summary>
public sealed class CorrectionsTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("corrections");

    [Theory]
    [InlineData("Correction: An earlier version of this article stated that the station was completed in 1968.", true)]
    [InlineData("CORRECTION: An earlier version of this story gave Kyle Dumont's age as 24.", true)]
    [InlineData("Correction: This article was amended on 26 May to correct the turnout figure.", true)]
    [InlineData("An earlier version, Mydex.A, appeared in November but infected only about 9,000 machines.", false)]
    [InlineData("The earlier version of the plan was rejected by councillors.", false)]
    public void Retracts_OnlyACorrectionNotice(string sentence, bool expected) =>
        Assert.Equal(expected, Corrections.Retracts(sentence));

    [Theory]
    [InlineData("Correction: An earlier version of this story said Halcyon shares fell 16 percent. They fell 14.1 percent.", "They fell 14.1 percent.")]
    [InlineData("Correction: An earlier version of this story gave the majority as 1,862. The correct figure is 1,286.", "The correct figure is 1,286.")]
    [InlineData("Correction: This article was amended on 26 May to correct the turnout figure, which was originally given as 43.6%.", "")]
    [InlineData("Turnout was 43.6%.", "Turnout was 43.6%.")]
    public void Current_IsWhatFollowsTheRetraction(string text, string expected) =>
        Assert.Equal(expected, Corrections.Current(text));

    public async Task InitializeAsync()
    {
        _archive.Write("energy/004.txt", "Ryfylke Kraft to rebuild Storlivatn power station",
            "Ryfylke Kraft will spend NOK 2.3 billion rebuilding the Storlivatn power station in Suldal, the company's board decided on Thursday.",
            "Four turbines will be replaced with two larger units, and installed capacity will rise from 210 to 265 megawatts.",
            "Correction: An earlier version of this article stated that the Storlivatn power station was completed in 1968. It was completed in 1966.");
        _archive.Write("metro/002.txt", "Pupils walk miles to school after Alaaka bridge collapse",
            "Pupils in parts of Akinyele have been walking up to four kilometres each way to school since a bridge over the Alaaka River collapsed on 9 January.",
            "About 3,400 pupils in 11 public primary and secondary schools have been affected, the local education authority said.",
            "Correction: An earlier version of this report said 4,300 pupils were affected by the bridge collapse. The correct figure is 3,400.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Question_AnsweredByACorrection_QuotesTheCorrectedFigure()
    {
        var answer = await _archive.Get<AnswerService>().AskAsync("What year was the Storlivatn power station finished?");

        Assert.False(answer.Abstained, answer.Text);
        var quote = Assert.Single(answer.Citations, c => c.Quote.Contains("1968", StringComparison.Ordinal)).Quote;
        Assert.EndsWith("It was completed in 1966.", quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_TheWithdrawnFigure_IsNotFound()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"),
            "Which article says 4,300 pupils were affected by the Akinyele bridge collapse?");

        Assert.True(reply.Answer.Abstained, reply.Answer.Text);
    }

    [Fact]
    public async Task Lookup_TheCorrectedFigure_IsFound()
    {
        var reply = await _archive.Get<ConversationService>().ReplyAsync(Guid.NewGuid().ToString("N"),
            "Where does it say 3,400 pupils were affected by the bridge collapse?");

        Assert.False(reply.Answer.Abstained, reply.Answer.Text);
        Assert.Contains("3,400", reply.Answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
