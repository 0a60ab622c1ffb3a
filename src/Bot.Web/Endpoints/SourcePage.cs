using System.Net;
using System.Text;
using Bot.Core.Articles;
using Bot.Core.Text;

namespace Bot.Web.Endpoints;

/// <summary>Server-rendered HTML for one article; every piece of article text is HTML-encoded, since articles are data.</summary>
internal static class SourcePage
{
    // Every source page opens like the chat page, with the way back to the conversation.
    private const string MastheadStart = "<header class=\"masthead\">\n<p class=\"kicker\"><a href=\"/\">← Back to the chat</a></p>\n";

    /// <summary>The article page; a valid <paramref name="start"/>–<paramref name="end"/> span is wrapped in <c>&lt;mark id="cited"&gt;</c>.</summary>
    public static string Render(NewsArticle article, int? start, int? end)
    {
        var body = article.Body;
        var cited = start is >= 0 && end is { } e && e > start && e <= body.Length ? (start.Value, e) : ((int, int)?)null;
        var html = new StringBuilder();
        html.Append(MastheadStart);
        html.Append("<h1>").Append(Encode(article.Title)).Append("</h1>\n");
        html.Append("<p class=\"byline\">").Append(Encode(Byline(article))).Append("</p>\n");
        if (cited is not null)
        {
            html.Append("<p class=\"intro\"><a href=\"#cited\">The highlighted sentence</a> is the one the answer cites.</p>\n");
        }

        html.Append("</header>\n<article class=\"source\">\n");
        var marked = false;
        foreach (var paragraph in SentenceSplitter.Paragraphs(body))
        {
            html.Append("<p>").Append(RenderParagraph(body, paragraph.Start, paragraph.Start + paragraph.Length, cited, ref marked)).Append("</p>\n");
        }

        html.Append("</article>\n");
        return Page(article.Title, html.ToString());
    }

    /// <summary>The 404 page for an id the index does not hold.</summary>
    public static string NotFound(string articleId) =>
        Page("Article not found", MastheadStart +
            $"<h1>Article not found</h1>\n<p class=\"intro\">No indexed article has the id “{Encode(articleId)}”.</p>\n</header>\n");

    /// <summary>The 410 page for an article taken down with <c>bot remove</c>; the reason stays in the newsroom's list.</summary>
    public static string Removed(ArticleRemoval removal) =>
        Page("Article removed", MastheadStart +
            $"<h1>Article removed</h1>\n<p class=\"intro\">The article “{Encode(removal.Id)}” was removed from the news bot on {Encode(DisplayDate.Of(DateOnly.FromDateTime(removal.RemovedAt.UtcDateTime)))} and can no longer be shown. Earlier answers that cite it are out of date.</p>\n</header>\n");

    private static string RenderParagraph(string body, int from, int to, (int Start, int End)? cited, ref bool marked)
    {
        if (cited is not { } span || span.End <= from || span.Start >= to)
        {
            return Encode(body[from..to]);
        }

        // A span that crosses paragraphs is marked in each; only the first mark carries the id the link jumps to.
        int markFrom = Math.Max(from, span.Start), markTo = Math.Min(to, span.End);
        var open = marked ? "<mark>" : "<mark id=\"cited\">";
        marked = true;
        return Encode(body[from..markFrom]) + open + Encode(body[markFrom..markTo]) + "</mark>" + Encode(body[markTo..to]);
    }

    private static string Byline(NewsArticle article) => string.Join(" · ",
        new[] { article.Outlet, (article.Published is { } date ? DisplayDate.Of(date) : null), article.Id }.Where(p => !string.IsNullOrEmpty(p)));

    private static string Page(string title, string content) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        $"<title>{Encode(title)}</title>\n<link rel=\"stylesheet\" href=\"/app.css\">\n</head>\n<body class=\"source-page\">\n{content}</body>\n</html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
