using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>A story's lead restates the question with its names; a later sentence says what it asks without them.</summary>
public sealed class RestatingLeadTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("restating-lead");

    public async Task InitializeAsync()
    {
        _archive.Write("sport/001.txt", "Kiprono smashes course record in Glasgow",
            "Kenya's Daniel Kiprono broke the course record by more than a minute as he won the Glasgow City Marathon on Sunday.",
            "The 26-year-old crossed the line in two hours, six minutes and 12 seconds, beating the previous best of 2:07:30.",
            "In the women's race, Britain's Hollie Marsden won in 2:24:08, her first victory at the distance.");
        _archive.Write("music/001.txt", "Oduya wins album of the year",
            "Singer-songwriter Maya Oduya has won album of the year at the Northern Music Awards for her second record.",
            "Band of the year went to Glasgow four-piece The Lanterns, while rapper Kofi Mensah-Hart was named best newcomer.");
        _archive.Write("sport/002.txt", "Rovers win the county cup",
            "Rovers won the county cup on Saturday after beating Town 3-1 in the final.",
            "Striker Leon Baptiste scored twice in the second half.");
        await _archive.OpenAsync();
    }

    [Theory]
    [InlineData("Who won the women's race at the Glasgow City Marathon?", "Hollie Marsden")]
    [InlineData("Who won best newcomer at the Northern Music Awards?", "Kofi Mensah-Hart")]
    public async Task Ask_TheLeadRestatesTheQuestion_TheSentenceThatSaysItLeads(string question, string answer)
    {
        var reply = await _archive.Get<AnswerService>().AskAsync(question);
        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(answer, reply.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Theory]
    // The women's winner's sentence holds more of the question's other words, but the question asks when.
    [InlineData("When did Kiprono win the Glasgow City Marathon?", "on Sunday")]
    public async Task Ask_AWhenQuestion_KeepsTheSentenceWithTheTime(string question, string answer)
    {
        var reply = await _archive.Get<AnswerService>().AskAsync(question);
        Assert.Contains(answer, reply.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void SaidShare_CountsTheQuestionsWordsOtherThanNamesAsWritten()
    {
        using var corpus = new Bot.Core.Retrieval.LexicalIndex([("Maya Oduya won album of the year at the Northern Music Awards.", "Awards"), ("Kofi Mensah-Hart was named best newcomer.", "Awards")]);
        var said = QuestionTerms.From("Who won best newcomer at the Northern Music Awards?", corpus).Terms.Where(t => !t.IsName).ToList();
        double total = said.Sum(t => t.Weight);

        // "best newcomer" is most of what the question says of the awards; "won" is the rest.
        Assert.True(RestatingLead.SaidShare(said, total, "Kofi Mensah-Hart was named best newcomer.") > 0.5);
        Assert.True(RestatingLead.SaidShare(said, total, "Maya Oduya has won album of the year at the Northern Music Awards.") < 0.5);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
