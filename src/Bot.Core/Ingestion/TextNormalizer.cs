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

    // Format characters (Cf: soft hyphen, zero-width spaces and joiners, word joiner, BOM, direction marks and
    // embeddings) change no visible letter but would split or change the words search and the encoder see.
    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.Format
        || (char.GetUnicodeCategory(c) == UnicodeCategory.Control && !char.IsWhiteSpace(c));
}
