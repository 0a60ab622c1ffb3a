using System.Globalization;
using System.Text;

namespace Bot.Core.Ingestion;

/// <summary>Whitespace and line-ending normalisation that never touches quotes or other visible characters.</summary>
internal static class TextNormalizer
{
    /// <summary>Converts CRLF, CR and Unicode line/paragraph separators to "\n".</summary>
    public static string NormalizeLineEndings(string text) => text
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace('\r', '\n')
        .Replace('\u2028', '\n')
        .Replace('\u2029', '\n');

    /// <summary>
    /// Collapses any run of whitespace (including no-break and other Unicode spaces) to one space and removes
    /// invisible characters, so the body reads cleanly and citation quotes match it.
    /// </summary>
    public static string CleanInline(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsInvisible(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'
        || (char.GetUnicodeCategory(c) == UnicodeCategory.Control && !char.IsWhiteSpace(c));
}
