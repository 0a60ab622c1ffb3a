using AngleSharp.Html.Dom;

namespace Bot.Core.Ingestion;

/// <summary>Reads the outlet, publication date and page title that news pages declare in their head.</summary>
internal static class HtmlMetadata
{
    private const int MaxSuffixWords = 3;
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];

    public static string? Outlet(IHtmlDocument document)
    {
        var name = Meta(
            document,
            "meta[property='og:site_name'], meta[name='og:site_name'], meta[name='application-name'], meta[name='publisher']");
        return name is null || name.Contains("://", StringComparison.Ordinal) ? null : name;
    }

    public static DateOnly? Published(IHtmlDocument document) =>
        NewsDates.Parse(Meta(
            document,
            "meta[property='article:published_time'], meta[name='article:published_time'], meta[itemprop='datePublished'], " +
            "meta[name='date'], meta[name='pubdate'], meta[name='publish-date'], meta[name='dc.date']"));

    /// <summary>The og:title, or the document title, without the " | Site" or " - Section - Site" sites append.</summary>
    public static string? PageTitle(IHtmlDocument document, string? outlet)
    {
        var title = Meta(document, "meta[property='og:title'], meta[name='twitter:title']") ?? document.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = TextNormalizer.CleanInline(title);
        for (var cuts = 0; cuts < 2; cuts++)
        {
            title = CutSiteSuffix(title, outlet);
        }

        return title.Length > 0 ? title : null;
    }

    private static string CutSiteSuffix(string title, string? outlet)
    {
        var (index, separator) = TitleSeparators
            .Select(s => (Index: title.LastIndexOf(s, StringComparison.Ordinal), Separator: s))
            .MaxBy(p => p.Index);
        if (index <= 0)
        {
            return title;
        }

        var suffix = title[(index + separator.Length)..];
        var isSiteName = string.Equals(suffix, outlet, StringComparison.OrdinalIgnoreCase)
            || BlockShapes.WordCount(suffix) <= MaxSuffixWords;
        return isSiteName ? title[..index] : title;
    }

    private static string? Meta(IHtmlDocument document, string selector) =>
        document.QuerySelectorAll(selector)
            .Select(e => e.GetAttribute("content"))
            .FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))
            ?.Trim();
}
