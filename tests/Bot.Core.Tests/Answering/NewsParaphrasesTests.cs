using Bot.Core.Answering;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Answering;

public sealed class NewsParaphrasesTests
{
    [Theory]
    [InlineData("ask", "sought", true)]
    [InlineData("asked", "requested", true)]
    [InlineData("killed", "died", true)]
    [InlineData("respond", "response", true)]
    [InlineData("lifting", "end", true)]
    [InlineData("sanctions", "curbs", true)]
    [InlineData("rose", "increased", true)]
    [InlineData("percentage", "percent", true)]
    [InlineData("turned", "turnout", true)]
    [InlineData("bankrolling", "funded", true)]
    [InlineData("sacked", "dismissed", true)]
    [InlineData("fans", "supporters", true)]
    [InlineData("lorry", "trucks", true)]
    [InlineData("soccer", "football", true)]
    [InlineData("runs", "boss", true)]
    [InlineData("heads", "chief", true)]
    [InlineData("employs", "work", true)]
    [InlineData("staff", "employees", true)]
    [InlineData("Lib", "Liberal", true)]
    [InlineData("Dems", "Democrats", true)]
    [InlineData("Tory", "Conservatives", true)]
    [InlineData("Nov", "November", true)]
    [InlineData("Sept", "September", true)]
    [InlineData("compo", "compensation", true)]
    [InlineData("finance", "financial", true)]
    [InlineData("economy", "economic", true)]
    [InlineData("presidential", "president", true)]
    [InlineData("salt", "saline", true)]
    [InlineData("goalie", "goalkeeper", true)]
    [InlineData("output", "production", true)]
    [InlineData("November", "December", false)]
    [InlineData("rose", "fell", false)]
    [InlineData("boss", "employs", false)]
    [InlineData("ask", "killed", false)]
    [InlineData("border", "Pakistan", false)]
    [InlineData("the", "the", false)]
    public void Same_WordsOfOneSet_InAnyInflection(string a, string b, bool expected)
    {
        Assert.Equal(expected, NewsParaphrases.Same(a, b));
        Assert.Equal(expected, NewsParaphrases.Same(b, a));
    }

    [Fact]
    public async Task Ask_PercentageQuestion_CountsThePercentSignAsPercent()
    {
        var archive = new ArchiveFolder("percent");
        try
        {
            archive.Write("bank.txt",
                "LONDON: Harbour Bank said on Monday that its quarterly profits rose 12% on higher lending.",
                "The bank's chief executive, Ann Cole, said the outlook for the rest of the year was uncertain.");
            await archive.OpenAsync();

            var answer = await archive.Get<AnswerService>().AskAsync("By what percentage did Harbour Bank's profits rise?");

            Assert.StartsWith("LONDON: Harbour Bank said on Monday", answer.Text, StringComparison.Ordinal);
            // Without the sign read as "percent" the sentence earns only a loose synonym's credit for "percentage" (0.74).
            var coverage = double.Parse(System.Text.RegularExpressions.Regex.Match(answer.Diagnostics!, @"coverage ([0-9.]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(coverage >= 0.9, answer.Diagnostics);
        }
        finally
        {
            archive.Close();
        }
    }
}
