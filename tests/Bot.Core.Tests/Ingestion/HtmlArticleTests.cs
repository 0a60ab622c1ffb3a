using Bot.Core.Ingestion;

namespace Bot.Core.Tests.Ingestion;

public sealed class HtmlArticleTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Karachi port reopens after strike | The Daily Sample</title>
          <meta property="og:site_name" content="The Daily Sample">
          <meta property="article:published_time" content="2021-03-03T09:30:00+05:00">
          <style>.banner { color: red }</style>
          <script>var tracking = "page view";</script>
        </head>
        <body>
          <div id="cookie-banner">We use cookies to improve your experience. By using this site you accept our cookie policy.
            <button>Accept</button></div>
          <header><a href="/">The Daily Sample</a>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/biz">Business</a></li></ul></nav>
          </header>
          <main>
            <article>
              <h1>Karachi port reopens after strike</h1>
              <p class="byline">By Sara Ahmed | The Daily Sample</p>
              <p>KARACHI: Dock workers returned to Karachi port on Wednesday after a three-day
                 strike over unpaid wages, officials said.</p>
              <p>The port handles most of the country’s container traffic, and shipping agents said a backlog of
                 <em>more than 40 vessels</em> would take a week to clear.</p>
              <div class="share-tools"><a>Share on Facebook</a> <a>Share on X</a></div>
              <p>“We have been paid what we were owed,” said one worker.</p>
              <aside class="related"><h2>Related Stories</h2>
                <ul><li><a href="/a">Strike hits Karachi port</a></li><li><a href="/b">Shipping costs rise</a></li></ul>
              </aside>
            </article>
          </main>
          <footer><p>© 2021 The Daily Sample. All rights reserved.</p><a href="#top">Back to top</a></footer>
          <noscript>Please enable JavaScript</noscript>
          <script>console.log("footer script");</script>
        </body>
        </html>
        """;

    [Fact]
    public void Parse_NewsPage_ReadsHeadlineOutletDateAndDateline()
    {
        var article = ArticleParser.Parse(Page, "port.html")!;

        Assert.Equal("Karachi port reopens after strike", article.Title);
        Assert.Equal("The Daily Sample", article.Outlet);
        Assert.Equal(new DateOnly(2021, 3, 3), article.Published);
        Assert.Equal("KARACHI", article.Dateline);
        Assert.Equal("port.html", article.Id);
    }

    [Fact]
    public void Parse_NewsPage_KeepsOnlyTheArticleParagraphs()
    {
        var article = ArticleParser.Parse(Page, "port.html")!;

        string[] expected =
        [
            "KARACHI: Dock workers returned to Karachi port on Wednesday after a three-day strike over unpaid wages, officials said.",
            "The port handles most of the country’s container traffic, and shipping agents said a backlog of more than 40 vessels would take a week to clear.",
            "“We have been paid what we were owed,” said one worker.",
        ];
        Assert.Equal(expected, article.Body.Split("\n\n"));
    }

    [Theory]
    [InlineData("cookie")]
    [InlineData("tracking")]
    [InlineData("Home")]
    [InlineData("Related")]
    [InlineData("Strike hits")]
    [InlineData("Share on")]
    [InlineData("rights reserved")]
    [InlineData("Back to top")]
    [InlineData("JavaScript")]
    [InlineData("By Sara Ahmed")]
    public void Parse_NewsPage_DropsPageChrome(string chrome)
    {
        Assert.DoesNotContain(chrome, ArticleParser.Parse(Page, "port.html")!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_PageWithoutArticleElement_UsesBodyAndTitleWithoutSiteName()
    {
        const string html = "<html><head><title>Floods cut off Swat valley - World - Sample Post</title></head>" +
            "<body><div><p>Floods cut off roads into the Swat valley on Sunday, stranding hundreds of tourists, police said.</p></div></body></html>";

        var document = HtmlExtractor.Extract(html);

        Assert.Equal("Floods cut off Swat valley", document.Headline);
        Assert.Single(document.Blocks);
    }
}
