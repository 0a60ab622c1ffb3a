using System.Text;

namespace Bot.Web.Chat;

/// <summary>
/// Article text as literal markdown. Web Chat 4.18.1 renders messages with markdown-it (raw HTML on, linkify on), and
/// Teams renders markdown too, so a link, an image, an HTML tag or even a bare <c>evil.example</c> in an article would
/// become live for every reader. CommonMark backslash escapes keep such text as text; the only links left are the
/// <c>[n]</c> citation markers we place, which point at our own reference definitions.
/// </summary>
public static class MarkdownText
{
    // Characters that start markdown, HTML or autolink syntax wherever they stand.
    private const string Always = "\\`*_{}[]()<>|~:@";

    // Characters that start a heading, list, heading underline or thematic break at the start of a line.
    private const string AtLineStart = "#-+=";

    /// <summary><paramref name="text"/> escaped so that it renders as itself.</summary>
    public static string Escape(string text) => EscapeExceptCitations(text, keep: _ => false);

    /// <summary>
    /// <paramref name="text"/> escaped, except for the citation markers <c>[n]</c> for which <paramref name="keep"/> is true.
    /// </summary>
    public static string EscapeExceptCitations(string text, Func<int, bool> keep)
    {
        var escaped = new StringBuilder(text.Length + (text.Length / 8));
        bool lineStart = true, lineDigits = true; // only spaces (and digits) so far on this line
        for (var i = 0; i < text.Length; i++)
        {
            if (Marker(text, i, keep) is { } marker)
            {
                escaped.Append(marker);
                i += marker.Length - 1;
                lineStart = lineDigits = false;
                continue;
            }

            var c = text[i];
            if (NeedsEscape(text, i, lineStart, lineDigits))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
            lineDigits = c == '\n' || (lineDigits && (c == ' ' || char.IsAsciiDigit(c)));
        }

        return escaped.ToString();
    }

    // Some characters matter only in context and stay plain elsewhere, so sentences read normally in the raw text: a '.'
    // inside a word ("evil.example", "www.x": linkify's fuzzy links) or after a line's leading digits ("1. ": a list),
    // a '!' before '[' (an image), a '&' that starts an entity.
    private static bool NeedsEscape(string text, int i, bool lineStart, bool lineDigits)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        return Always.Contains(c, StringComparison.Ordinal)
            || (lineStart && AtLineStart.Contains(c, StringComparison.Ordinal))
            || (c == '!' && next == '[') // an image
            || (c == '&' && (char.IsAsciiLetterOrDigit(next) || next == '#')) // an entity such as &lt;
            || (c == '.' && ((i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1])) || (lineDigits && i > 0 && char.IsAsciiDigit(text[i - 1]))));
    }

    private static string? Marker(string text, int i, Func<int, bool> keep)
    {
        if (text[i] != '[')
        {
            return null;
        }

        var end = text.IndexOf(']', i + 1);
        return end > i + 1 && end - i <= 4 && int.TryParse(text.AsSpan(i + 1, end - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && keep(number)
            ? text[i..(end + 1)]
            : null;
    }
}
