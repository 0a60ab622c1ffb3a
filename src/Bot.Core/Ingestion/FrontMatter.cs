namespace Bot.Core.Ingestion;

/// <summary>Reads a leading "---" block of "key: value" lines, as static-site and seed files carry.</summary>
internal static class FrontMatter
{
    private const int MaxLines = 40;

    /// <summary>Splits off front matter; returns an empty document when the text has none.</summary>
    public static (ExtractedDocument Fields, string Body) Split(string text)
    {
        var empty = new ExtractedDocument([]);
        var lines = text.TrimStart('\uFEFF').Split('\n');
        if (lines.Length < 3 || lines[0].Trim() != "---")
        {
            return (empty, text);
        }

        var end = Array.FindIndex(lines, 1, Math.Min(MaxLines, lines.Length - 1), l => l.Trim() is "---" or "...");
        if (end < 0)
        {
            return (empty, text);
        }

        var fields = lines[1..end].Select(ParseLine).Where(p => p.Key.Length > 0)
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
        var document = new ExtractedDocument(
            [],
            First(fields, "title", "headline"),
            Outlet(First(fields, "outlet", "source", "publisher", "site", "site_name")),
            NewsDates.Parse(First(fields, "published", "date", "published_at", "publishedAt", "pubdate")));
        return (document, string.Join('\n', lines[(end + 1)..]));
    }

    private static KeyValuePair<string, string> ParseLine(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0
            ? new(string.Empty, string.Empty)
            : new(line[..colon].Trim(), line[(colon + 1)..].Trim().Trim('"', '\''));
    }

    private static string? First(Dictionary<string, string> fields, params string[] keys) =>
        keys.Select(k => fields.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    // A URL in "source" says where the text came from, not which outlet published it.
    private static string? Outlet(string? value) =>
        value is null || value.Contains("://", StringComparison.Ordinal) ? null : value;
}
