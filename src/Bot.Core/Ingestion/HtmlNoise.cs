using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Bot.Core.Ingestion;

/// <summary>Removes page chrome from a parsed page: scripts, navigation, site header and footer, asides, forms, banners.</summary>
internal static class HtmlNoise
{
    private const string NoiseSelector =
        "script, style, noscript, template, nav, footer, aside, form, iframe, svg, canvas, button, select, textarea, " +
        "figure, dialog, [hidden], [aria-hidden='true'], [role='navigation'], [role='banner'], [role='contentinfo'], " +
        "[role='complementary'], [role='dialog'], [role='alertdialog'], [role='search']";

    // Class and id words that mark chrome on real news sites. Matched against whole parts of a class
    // ("related-posts" has "related"), never substrings, so "header-image" or "thread" are not caught by "ad".
    private static readonly HashSet<string> NoiseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "cookie", "cookies", "consent", "gdpr", "related", "share", "sharing", "social", "newsletter", "subscribe",
        "subscription", "comments", "comment", "advert", "advertisement", "ad", "ads", "promo", "promoted", "sponsored",
        "sidebar", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "footer", "popup", "modal",
        "outbrain", "taboola", "recommended", "recirculation", "trending", "popular", "paywall", "masthead",
    };

    private static readonly char[] ClassSeparators = [' ', '-', '_'];

    public static void Remove(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll(NoiseSelector).ToList())
        {
            element.Remove();
        }

        // The page header goes; a header inside the article holds its headline and byline, which the cleaner handles.
        foreach (var header in document.QuerySelectorAll("header").Where(h => h.Closest("article") is null).ToList())
        {
            header.Remove();
        }

        var bodyLength = document.Body?.TextContent.Length ?? 0;
        foreach (var element in document.QuerySelectorAll("[class], [id]").Where(IsNoise).ToList())
        {
            if (element.Closest("html") is not null && !HoldsTheArticle(element, bodyLength))
            {
                element.Remove();
            }
        }
    }

    private static bool IsNoise(IElement element) =>
        element.LocalName is not ("html" or "body" or "article" or "main")
        && $"{element.ClassName} {element.Id}".Split(ClassSeparators, StringSplitOptions.RemoveEmptyEntries).Any(NoiseWords.Contains);

    // A wrapper such as <div class="has-sidebar"> around the whole page must not take the story with it.
    private static bool HoldsTheArticle(IElement element, int bodyLength) =>
        element.QuerySelector("article, main, h1") is not null || element.TextContent.Length * 2 > bodyLength;
}
