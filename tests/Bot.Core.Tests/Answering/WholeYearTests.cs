using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

/// <summary>A whole year's figure asked of sentences that give one only for part of a year.</summary>
public sealed class WholeYearTests : IAsyncLifetime
{
    private readonly ArchiveFolder _archive = new("whole-year");

    [Theory]
    [InlineData("What was HBL's net profit for the full year 2025?", true)]
    [InlineData("What were Castlemoor's full-year profits for 2003?", true)]
    [InlineData("what was fluvius cargo's net profit for the whole of 2024", true)]
    [InlineData("By how much did Britain's economy expand in 2004 as a whole?", true)]
    [InlineData("What were the Corrin Building Society's pre-tax profits for the year?", true)]
    [InlineData("What net profit did HBL report for 2025?", false)]
    [InlineData("What was HBL's net profit in the third quarter?", false)]
    [InlineData("Who scored in the first half?", false)]
    public void Asked_AWholeYearsFigure(string question, bool expected) =>
        Assert.Equal(expected, WholeYear.Asked(question));

    [Theory]
    [InlineData(true, "HBL's net profit for the first nine months of 2025 fell 58% to €512m, from €1.22bn in the same period of 2024.")]
    [InlineData(true, "Pre-tax profits for the six months to the end of June fell 11% to £387m.", "The bank was founded in 1885 in Leeds.")]
    [InlineData(true, "Cyprus recorded 2.41 million tourist arrivals between January and July, up 5.2 per cent on last year.")]
    [InlineData(true, "Fluvius Cargo reported a net loss of 37.8 million lei for the first quarter, compared with a profit of 12.1 million lei a year earlier.")]
    // A quoted sentence that speaks of the whole year, or a figure by the year, may be the answer.
    [InlineData(false, "Total sales for the fourth quarter reached $6.3bn, while sales for the full year to January were $19bn.")]
    [InlineData(false, "Pre-tax profits rose to £62.3m in the 12 months to the end of December.")]
    [InlineData(false, "Profit for the first half rose 9% to £40m.", "The group expects annual profit of about £85m.")]
    // No part-year words, or no figure: nothing says the figure is for part of the year.
    [InlineData(false, "Aurelia reported net profit of €412m for 2024, up from €356m in 2023.")]
    [InlineData(false, "The results for the first half were disappointing, the chairman said.")]
    public void PartOnly_TheAnswerGivesOnlyPartOfAYear(bool expected, params string[] quote) =>
        Assert.Equal(expected, WholeYear.PartOnly(quote));

    public async Task InitializeAsync()
    {
        _archive.Write("business/001.txt", "Harbour Bulk Lines profit falls as freight rates drop",
            "Harbour Bulk Lines (HBL) said its net profit for the first nine months of 2025 fell 58% to €512m, from €1.22bn in the same period of 2024, as freight rates dropped.",
            "The Hamburg-based container line carried 9.1 million boxes in the period.");
        _archive.Write("business/002.txt", "Corrin Building Society lifts profits",
            "The Corrin Building Society said pre-tax profits rose to £62.3m in the 12 months to the end of December, up from £54.6m a year earlier.",
            "Mortgage lending grew by 8% over the same period.");
        await _archive.OpenAsync();
    }

    [Fact]
    public async Task Ask_FullYearOverNineMonthsOnly_IsRefusedAndSaysWhy()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("What was Harbour Bulk Lines' net profit for the full year 2025?");

        Assert.True(reply.Abstained, reply.Text);
        Assert.Contains("part of the year", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ForTheYearOverTwelveMonths_IsAnswered()
    {
        var reply = await _archive.Get<AnswerService>().AskAsync("How much pre-tax profit did the Corrin Building Society make for the full year?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("£62.3m", reply.Citations[0].Quote, StringComparison.Ordinal);
    }

    public Task DisposeAsync()
    {
        _archive.Close();
        return Task.CompletedTask;
    }
}
