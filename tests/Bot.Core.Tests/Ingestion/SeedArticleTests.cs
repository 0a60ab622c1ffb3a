using Bot.Core.Articles;
using Bot.Core.Ingestion;

namespace Bot.Core.Tests.Ingestion;

/// <summary>Cleaning checked against the real seed articles, each of which carries a different kind of scrape debris.</summary>
public sealed class SeedArticleTests
{
    private static readonly Lazy<IngestionResult> Seeds = new(() =>
        new ArticleLoader(new IngestionOptions()).Load([Path.Combine(AppContext.BaseDirectory, "seeds")]));

    [Fact]
    public void Load_Seeds_IngestsAllFiveWithoutProblems()
    {
        Assert.Equal(5, Seeds.Value.Articles.Count);
        Assert.True(Seeds.Value.Report.IsClean, string.Join('\n', Seeds.Value.Report.SummaryLines()));
    }

    [Theory]
    [InlineData("Supreme Court")]
    [InlineData("rabies")]
    [InlineData("Provincial share")]
    [InlineData("Defining extremism")]
    [InlineData("Editorial")]
    [InlineData("Opinion")]
    [InlineData("Published in Dawn")]
    [InlineData("18 Mar, 2024")]
    [InlineData("...")]
    public void Clean_DawnArticleWithSidebar_DropsEverythingAfterTheAttribution(string sidebarText)
    {
        Assert.DoesNotContain(sidebarText, Article("003").Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DawnArticle_KeepsTheLastParagraphAndReadsOutletAndDate()
    {
        var article = Article("003");

        Assert.Contains("Velayati", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("faced by the Muslim world.", article.Body, StringComparison.Ordinal);
        Assert.Equal("Dawn", article.Outlet);
        Assert.Equal(new DateOnly(2016, 7, 26), article.Published);
        Assert.Equal("ISLAMABAD", article.Dateline);
    }

    [Fact]
    public void Clean_ArticleWithHeadlineAndCookieNotice_TakesHeadlineAndDropsNotice()
    {
        var article = Article("001");

        Assert.Equal("Pak’s Kayani discusses security with US commanders", article.Title);
        Assert.DoesNotContain("cookies", article.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Pak’s Kayani discusses", article.Body, StringComparison.Ordinal);
        Assert.StartsWith("The US is keen on re-engaging Pakistan", article.Body, StringComparison.Ordinal);
        Assert.Equal("Islamabad", article.Dateline);
    }

    [Fact]
    public void Clean_SentenceBrokenAcrossLines_RejoinsIt()
    {
        Assert.Contains("political violence in the financial hub of Karachi.", Article("001").Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ArticleWithSectionLabelsAndRelatedLinks_DropsThemAndTakesHeadline()
    {
        var article = Article("004");

        Assert.Equal("Pakistan, Taliban Officials Talk on ‘Terrorism Threat’ After Deadly Attacks", article.Title);
        Assert.DoesNotContain("Related Articles", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Back to top", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Asia Pacific", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("“are untrue.”", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_HyphenDateline_ReadsPlaceAndKeepsFirstSentence()
    {
        var article = Article("000");

        Assert.Equal("ISLAMABAD", article.Dateline);
        Assert.StartsWith("ISLAMABAD- Senior Pakistani and Afghan defense", article.Body, StringComparison.Ordinal);
        Assert.StartsWith("Senior Pakistani and Afghan defense", article.Title, StringComparison.Ordinal);
        Assert.True(article.Title.Length <= 91, article.Title);
        Assert.EndsWith("…", article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_SingleNewlineParagraphs_KeepsThemAsParagraphs()
    {
        var article = Article("002");

        Assert.Equal("ISLAMABAD/KABUL", article.Dateline);
        Assert.Equal(15, article.Body.Split("\n\n").Length);
    }

    [Fact]
    public void Clean_AllSeeds_KeepCurlyQuotesAndUseBlankLineParagraphs()
    {
        Assert.All(Seeds.Value.Articles, a =>
        {
            Assert.DoesNotContain('\r', a.Body);
            Assert.DoesNotContain('\u00A0', a.Body);
            Assert.DoesNotContain("\n\n\n", a.Body, StringComparison.Ordinal);
            Assert.All(a.Body.Split("\n\n"), p => Assert.Equal(p.Trim(), p));
        });
        Assert.Contains("“threat of terrorism,”", Article("004").Body, StringComparison.Ordinal);
    }

    private static NewsArticle Article(string prefix) =>
        Seeds.Value.Articles.Single(a => a.Id.StartsWith(prefix + "_", StringComparison.Ordinal));
}
