using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>Why someone decided or left, asked of sentences that tell of it with or without a reason.</summary>
public sealed class ReasonQuestionTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("reason");

    [Theory]
    [InlineData("why did helga strasser decide to retire", true)]
    [InlineData("Why did Laura Zariņa leave the Danish shipping line?", true)]
    [InlineData("Why was the opening match at Kestrel Park called off?", true)]
    [InlineData("and why did he step down?", true)]
    [InlineData("For what reason did the council scrap the bus lane?", true)]
    [InlineData("What prompted Marlow Homes to withdraw its bid?", true)]
    // Not a decision or a departure: reasons in history and science are often told without a word that says so.
    [InlineData("Why was there a depreciation of the industrialized nations dollars?", false)]
    [InlineData("Why might rats not be responsible for the plague?", false)]
    // Not a why question.
    [InlineData("When did Helga Strasser retire?", false)]
    [InlineData("Who decided to close the plant?", false)]
    public void Asked_WhyADecisionOrDeparture(string question, bool expected) =>
        Assert.Equal(expected, ReasonQuestion.Asked(question));

    [Theory]
    [InlineData(true, "Peru's interior minister resigned on Thursday after clashes between police and farmers left four people dead.")]
    [InlineData(true, "Managing director Eleanor Hollin said the family had decided to sell because none of the next generation wished to take over.")]
    [InlineData(true, "The by-election was caused by the resignation of Ryan Harewood-Lashley, who left Parliament to become chief executive of the agency.")]
    [InlineData(true, "The company trimmed its estimate to 1,150 workers, citing greater use of prefabricated modules.")]
    [InlineData(true, "Harvard College ended its early admissions program in 2007 as the program was believed to disadvantage low-income applicants.")]
    [InlineData(true, "He resigned in December after a dispute with the club's board.")]
    [InlineData(true, "Students occupied the president's office in a protest over the university's rental policies.")]
    // A time, the departure itself or the career before it is no reason.
    [InlineData(false, "Renner, 46, will take over on 1 September from Helga Strasser, 63, who is retiring after 11 years at the head of the company.")]
    [InlineData(false, "Rangi replaces Sharon Tuhiwai, who stepped down in December after four seasons.")]
    [InlineData(false, "Zariņa, who took over the Riga port authority in 2023 after a career at a Danish shipping line, said Riga would not compete on price.")]
    [InlineData(false, "Mavridou takes over as chief executive on the first of April after leaving rival Ionian Seaways.")]
    [InlineData(false, "About 600 passenger journeys a week are made on the two routes after 7pm.")]
    [InlineData(false, "ANPA director general Omar Chraibi declined to comment.")]
    public void Gives_AReasonInWordsThatSaySo(bool expected, string sentence) =>
        Assert.Equal(expected, ReasonQuestion.Gives(sentence));

    public async Task InitializeAsync()
    {
        _archive.Write("business/001.txt", "Kestrel Freight names new chief executive",
            "Kestrel Freight has named Anton Renner, 46, its chief operating officer, as chief executive.",
            "Renner will take over on 1 September from Helga Strasser, 63, who is retiring after 11 years at the head of the company.",
            "The Linz-based haulier carried 4.2 million tonnes of goods last year.");
        _archive.Write("business/002.txt", "Braxley brewery sold after five generations",
            "The Braxley brewery, founded in 1887 by Josiah Hollin, has been sold to Marlow Drinks for £14m.",
            "Managing director Eleanor Hollin, 58, said the family had decided to sell because none of the next generation wished to take over the business.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Ask_WhyOfADepartureToldWithoutAReason_IsRefusedAndSaysWhy()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("Why did Helga Strasser decide to retire from Kestrel Freight?");

        Assert.True(reply.Abstained, reply.Text);
        Assert.Contains("do not say why", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhyOfADecisionWithItsReason_IsAnswered()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("Why did the Hollin family decide to sell the Braxley brewery?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains(reply.Citations, c => c.Quote.Contains("because none of the next generation", StringComparison.Ordinal));
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
