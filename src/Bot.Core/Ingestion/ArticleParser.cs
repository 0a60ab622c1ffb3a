using Bot.Core.Articles;

namespace Bot.Core.Ingestion;

/// <summary>Turns the text of one file into a <see cref="NewsArticle"/>: extract by format, then clean.</summary>
public static class ArticleParser
{
    /// <summary>Parses the text read from <paramref name="sourcePath"/>; returns null when no article text is left.</summary>
    public static NewsArticle? Parse(string text, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourcePath);
        var cleaned = NewsCleaner.Clean(Extract(text, Path.GetExtension(sourcePath)));
        return cleaned is null
            ? null
            : new NewsArticle(
                Path.GetFileName(sourcePath),
                cleaned.Title,
                cleaned.Outlet,
                cleaned.Published,
                cleaned.Dateline,
                cleaned.Body,
                sourcePath);
    }

    /// <summary>Chooses the extractor from the extension, and recognises HTML saved under another extension.</summary>
    public static ExtractedDocument Extract(string text, string extension)
    {
        ArgumentNullException.ThrowIfNull(text);
        return extension.ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => HtmlExtractor.Extract(text),
            ".md" or ".markdown" => MarkdownExtractor.Extract(text),
            _ when LooksLikeHtml(text) => HtmlExtractor.Extract(text),
            _ => PlainTextExtractor.Extract(text),
        };
    }

    private static bool LooksLikeHtml(string text)
    {
        var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
