using Bot.Core.Ingestion;

namespace Bot.Core.Tests.Ingestion;

public sealed class MarkdownArticleTests
{
    private const string Markdown = """
        # Gwadar port gets new cranes

        *By Staff Reporter*

        GWADAR: Three new cranes arrived at **Gwadar port** on Monday, the [port authority](https://example.com/pa) said,
        adding that they would double its loading capacity.

        ## What changes

        - The cranes were built in Shanghai.
        - Each can lift 65 tonnes, officials said.

        > “This is a big day for Gwadar,” the port’s chairman said.

        Read more: [Port expansion plans](https://example.com/more)
        """;

    [Fact]
    public void Parse_MarkdownArticle_TakesLeadingHeadingAsTitle()
    {
        var article = ArticleParser.Parse(Markdown, "gwadar.md")!;

        Assert.Equal("Gwadar port gets new cranes", article.Title);
        Assert.Equal("GWADAR", article.Dateline);
    }

    [Fact]
    public void Parse_MarkdownArticle_StripsSyntaxAndJoinsWrappedLines()
    {
        string[] expected =
        [
            "GWADAR: Three new cranes arrived at Gwadar port on Monday, the port authority said, adding that they would double its loading capacity.",
            "What changes",
            "The cranes were built in Shanghai.",
            "Each can lift 65 tonnes, officials said.",
            "“This is a big day for Gwadar,” the port’s chairman said.",
        ];

        Assert.Equal(expected, ArticleParser.Parse(Markdown, "gwadar.md")!.Body.Split("\n\n"));
    }

    [Fact]
    public void Extract_FrontMatter_ReadsTitleOutletAndDate()
    {
        const string text = "---\ntitle: Budget passed\nsource: Sample Times\npublished: 2021-06-12\n---\nThe budget passed.\n";

        var document = MarkdownExtractor.Extract(text);

        Assert.Equal("Budget passed", document.Headline);
        Assert.Equal("Sample Times", document.Outlet);
        Assert.Equal(new DateOnly(2021, 6, 12), document.Published);
        Assert.Equal(["The budget passed."], document.Blocks);
    }

    [Fact]
    public void Extract_EmphasisInsideWords_LeavesSnakeCaseAlone()
    {
        var document = MarkdownExtractor.Extract("The file_name_here and 5 * 3 stay, but _this_ and *that* lose marks.");

        Assert.Equal(["The file_name_here and 5 * 3 stay, but this and that lose marks."], document.Blocks);
    }
}
