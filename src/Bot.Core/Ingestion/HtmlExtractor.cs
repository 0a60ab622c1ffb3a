using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Bot.Core.Ingestion;

/// <summary>
/// Turns an HTML page into article blocks with AngleSharp's standards-compliant parser: page chrome is
/// removed as elements, the article container is chosen, and its block elements become paragraphs.
/// </summary>
public static class HtmlExtractor
{
    /// <summary>Extracts blocks, headline, outlet and date from an HTML page.</summary>
    public static ExtractedDocument Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = new HtmlParser().ParseDocument(html);
        var outlet = HtmlMetadata.Outlet(document);
        var published = HtmlMetadata.Published(document);
        var pageTitle = HtmlMetadata.PageTitle(document, outlet);

        HtmlNoise.Remove(document);
        var root = ChooseRoot(document);
        var headline = Text(root.QuerySelector("h1")) ?? pageTitle ?? Text(document.QuerySelector("h1"));
        return new ExtractedDocument(HtmlBlocks.Collect(root), headline, outlet, published);
    }

    // Pages list other stories as <article> teasers too, so the longest article is the story itself.
    private static IElement ChooseRoot(IHtmlDocument document)
    {
        var article = document.QuerySelectorAll("article")
            .OrderByDescending(a => a.TextContent.Length)
            .FirstOrDefault();
        return article
            ?? document.QuerySelector("main, [role=main]")
            ?? (IElement?)document.Body
            ?? document.DocumentElement;
    }

    private static string? Text(IElement? element) =>
        element is null ? null : TextNormalizer.CleanInline(element.TextContent) is { Length: > 0 } text ? text : null;
}
