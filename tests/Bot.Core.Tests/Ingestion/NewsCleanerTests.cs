using Bot.Core.Ingestion;

namespace Bot.Core.Tests.Ingestion;

/// <summary>Made-up articles from other outlets, to show the cleaning rules are general rather than tuned to the seeds.</summary>
public sealed class NewsCleanerTests
{
    private const string Lead =
        "LAHORE: The Punjab government on Tuesday announced a relief package for farmers hit by last month’s floods, officials said.";

    private const string Second =
        "The package includes interest-free loans and seed subsidies for about 200,000 families in the worst-hit districts.";

    [Fact]
    public void Clean_OtherOutletAttributionFollowedByTeasers_DropsTeasersAndReadsOutlet()
    {
        var article = Clean(
            Lead, Second,
            "Published in The Express Tribune, March 3rd, 2021",
            "Latest", "Punjab budget gets nod\nUpdated 2 Mar, 2021", "Punjab budget gets nod",
            "The provincial assembly approved the budget after a stormy session that ran past midnight.",
            "Wheat prices climb\n1 Mar, 2021", "Wheat prices climb", "FLOUR mills have warned that the price of a bag could rise again unless ...");

        Assert.Equal("The Express Tribune", article.Outlet);
        Assert.Equal(new DateOnly(2021, 3, 3), article.Published);
        Assert.Equal(Lead + "\n\n" + Second, article.Body);
    }

    [Fact]
    public void Clean_TeaserSidebarWithoutEndMarker_DropsTheTrailingTeasers()
    {
        var article = Clean(
            Lead, Second,
            "Why rates must fall", "Updated 2 Mar, 2021", "Why rates must fall",
            "The central bank has kept rates high for too long, and borrowers are paying the price.",
            "A costly delay", "1 Mar, 2021", "A costly delay", "THE decision to postpone the census again will cost the country dearly ...");

        Assert.Equal(Lead + "\n\n" + Second, article.Body);
    }

    [Fact]
    public void Clean_WireStoryWithFurniture_RemovesFurnitureAnywhere()
    {
        var article = Clean(
            "World", "Floods force evacuations across northern Italy",
            "Advertisement",
            "MILAN (Reuters) - Thousands of people were evacuated from their homes in northern Italy on Sunday after rivers burst their banks.",
            "Share this article",
            "Rescue teams used boats to reach villages cut off by the water, the civil protection agency said in a statement.",
            "Sign up for our free daily newsletter to get the latest updates in your inbox",
            "Copyright 2023 Sample Wire. All rights reserved.",
            "We use cookies to personalise content. By continuing you agree to our cookie policy.");

        Assert.Equal("Floods force evacuations across northern Italy", article.Title);
        Assert.Equal("MILAN", article.Dateline);
        Assert.Equal(2, article.Body.Split("\n\n").Length);
        Assert.StartsWith("MILAN (Reuters) - Thousands", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_StoryParagraphAboutCookies_IsKept()
    {
        const string paragraph =
            "Regulators said you cannot track people across sites without consent, and fined a company that set cookies on Facebook pages before visitors agreed.";

        Assert.Contains(paragraph, Clean(Lead, paragraph, Second).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LONDON (Reuters) - Britain said on Monday it would raise taxes.", "LONDON")]
    [InlineData("KABUL, Feb 22 (Reuters) - The Taliban said on Monday it would reopen the crossing.", "KABUL")]
    [InlineData("PESHAWAR — Police said on Monday that three suspects had been arrested.", "PESHAWAR")]
    [InlineData("New Delhi: India said on Monday it would send a delegation to the talks.", "New Delhi")]
    [InlineData("UPDATE: The ministry said on Monday that the talks would resume.", null)]
    [InlineData("The ministry said on Monday that the talks would resume in Kabul.", null)]
    public void Clean_OpeningParagraph_ReadsTheDateline(string opening, string? expected)
    {
        Assert.Equal(expected, Clean(opening, Second).Dateline);
    }

    [Theory]
    [InlineData("SUVA, 4 March 2025 (Pacific Lagoon News) — Fiji named two new players.", "SUVA", "Pacific Lagoon News", 2025, 3, 4)]
    [InlineData("HOLLINS FORD, May 21, 2024 — Northmark on Tuesday unveiled a plan.", "HOLLINS FORD", null, 2024, 5, 21)]
    [InlineData("AMBRY, Thursday 25 April 2024 — Keldane said it would cut jobs.", "AMBRY", null, 2024, 4, 25)]
    [InlineData("MERRINUP, Western Australia, 12 January 2025 — A bushfire spread overnight.", "MERRINUP", null, 2025, 1, 12)]
    [InlineData("PORT ARDELL, Feb. 11, 2025 - The council voted to raise rates.", "PORT ARDELL", null, 2025, 2, 11)]
    [InlineData("KLAIPĖDA, 18 June 2025 – The port did not, after all, hand over the terminal.", "KLAIPĖDA", null, 2025, 6, 18)]
    [InlineData("LIMA, April 10 (Andes Business Wire) - Peru's Congress voted on Thursday.", "LIMA", "Andes Business Wire", 0, 0, 0)]
    [InlineData("KINGSTON, Jamaica — Commissioner Desmond Rowe will leave the force.", "KINGSTON", null, 0, 0, 0)]
    public void Clean_DatelineWithDateOrAgency_GivesTheDateAndOutletWhenNothingElseDoes(
        string opening, string place, string? outlet, int year, int month, int day)
    {
        var article = Clean(opening, Second);

        Assert.Equal(place, article.Dateline);
        Assert.Equal(outlet, article.Outlet);
        Assert.Equal(year == 0 ? null : new DateOnly(year, month, day), article.Published);
        Assert.StartsWith(opening, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_AttributionLineAndDatedDateline_TheAttributionWins()
    {
        var article = Clean("KABUL, 3 March 2024 (Reuters) - The Taliban said on Monday it would reopen the crossing.", Second, "Published in Dawn, July 26th, 2016");

        Assert.Equal("Dawn", article.Outlet);
        Assert.Equal(new DateOnly(2016, 7, 26), article.Published);
    }

    [Theory]
    [InlineData("Published in Dawn, July 26th, 2016", "Dawn", 2016, 7, 26)]
    [InlineData("Published in The News, 26 July 2016", "The News", 2016, 7, 26)]
    [InlineData("Published: 2016-07-26", null, 2016, 7, 26)]
    [InlineData("Published on Mar 18, 2024", null, 2024, 3, 18)]
    [InlineData("By Ahmed Khan | Business Recorder", "Business Recorder", 0, 0, 0)]
    public void Clean_AttributionLine_ReadsOutletAndDateAndRemovesIt(string line, string? outlet, int year, int month, int day)
    {
        var article = Clean(Lead, Second, line);

        Assert.Equal(outlet, article.Outlet);
        Assert.Equal(year == 0 ? null : new DateOnly(year, month, day), article.Published);
        Assert.DoesNotContain(line, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("By Staff Reporter, The Frontier Post, 12 March 2024", "The Frontier Post", 2024, 3, 12)]
    [InlineData("By Sara Ahmed | Dawn | March 3rd, 2021", "Dawn", 2021, 3, 3)]
    [InlineData("By Sara Ahmed, 12 March 2024", null, 2024, 3, 12)]
    [InlineData("By Ahmed Khan | Business Recorder", "Business Recorder", 0, 0, 0)]
    // A title after the writer's name is no outlet.
    [InlineData("By Colleen Marchuk, Staff Reporter", null, 0, 0, 0)]
    [InlineData("By Ana Ruiz, Business Correspondent, El Sol, 12 March 2024", "El Sol", 2024, 3, 12)]
    public void Clean_BylineWithOutletAndDate_GivesBoth(string byline, string? outlet, int year, int month, int day)
    {
        var article = Clean("Farmers get flood relief", byline, Lead, Second);

        Assert.Equal(outlet, article.Outlet);
        Assert.Equal(year == 0 ? null : new DateOnly(year, month, day), article.Published);
        Assert.DoesNotContain(byline, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_BylineAndDateAboveTheStory_BecomeMetadata()
    {
        var article = Clean("Farmers get flood relief", "By Ahmed Khan", "Tuesday, March 2, 2021 10:30 PKT", Lead, Second);

        Assert.Equal("Farmers get flood relief", article.Title);
        Assert.Equal(new DateOnly(2021, 3, 2), article.Published);
        Assert.StartsWith("LAHORE:", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_NoHeadline_BuildsShortLeadTitle()
    {
        var article = Clean(Lead, Second);

        Assert.StartsWith("The Punjab government on Tuesday announced", article.Title, StringComparison.Ordinal);
        Assert.EndsWith("…", article.Title, StringComparison.Ordinal);
        Assert.True(article.Title.Length <= 90);
        Assert.DoesNotContain("month’s…", article.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pakistan and Afghanistan agreed to reopen the Torkham crossing for trade and travellers, officials in Islamabad said on Monday after talks.",
        "Pakistan and Afghanistan agreed to reopen the Torkham crossing for trade and travellers…")]
    [InlineData("The provincial government announced a relief package worth several billion rupees for the farmers whose crops were destroyed by the floods last month.",
        "The provincial government announced a relief package worth several billion rupees…")]
    [InlineData("Talks resumed.", "Talks resumed")]
    public void Clean_NoHeadline_TitleEndsAtAPhraseBoundary(string lead, string title)
    {
        Assert.Equal(title, Clean(lead, Second).Title);
    }

    [Fact]
    public void Clean_ArticleEndingWithItsOwnList_KeepsTheList()
    {
        var article = Clean(Lead, "The package covers:", "- interest-free loans", "- seed subsidies", "- free veterinary care", "Back to top");

        Assert.EndsWith("The package covers:\n\n- interest-free loans\n\n- seed subsidies\n\n- free veterinary care", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_OnlyFurniture_ReturnsNull()
    {
        Assert.Null(NewsCleaner.Clean(new ExtractedDocument(["Related Articles", "Back to top button", "Advertisement"])));
    }

    private static CleanedArticle Clean(params string[] paragraphs) =>
        NewsCleaner.Clean(PlainTextExtractor.Extract(string.Join("\n\n", paragraphs)))!;
}
