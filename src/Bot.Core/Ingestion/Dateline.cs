using System.Text.RegularExpressions;

namespace Bot.Core.Ingestion;

/// <summary>
/// An opening dateline such as "ISLAMABAD:", "Islamabad -", "LONDON (Reuters) -" or "SUVA, Fiji, 4 March 2025 (Lagoon News) —".
/// </summary>
/// <param name="Place">The place as written, for example "ISLAMABAD/KABUL".</param>
/// <param name="Length">How many characters of the block the dateline and its separator take.</param>
/// <param name="Date">The date it gives, when it gives a year too ("Feb 22" alone could be any year, so it gives none).</param>
/// <param name="Agency">The agency in brackets after the place or date, for example "Reuters".</param>
internal sealed partial record Dateline(string Place, int Length, DateOnly? Date = null, string? Agency = null)
{
    // Words that open a paragraph with a colon like a dateline but are kickers, not places.
    private static readonly HashSet<string> Kickers = new(StringComparer.OrdinalIgnoreCase)
    {
        "update", "updated", "breaking", "breaking news", "exclusive", "watch", "analysis", "opinion", "editorial",
        "note", "editor's note", "editor’s note", "live", "video", "photos", "read", "related", "source", "photo",
        "comment", "explainer", "factbox", "correction", "clarification", "disclaimer", "warning", "summary",
    };

    /// <summary>Reads a dateline at the start of the block; null when there is none.</summary>
    public static Dateline? TryParse(string block)
    {
        var match = Pattern().Match(block);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value.Trim().TrimEnd(',');
        if (Kickers.Contains(place))
        {
            return null;
        }

        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        return new Dateline(place, match.Length, NewsDates.Parse(match.Groups["date"].Value), agency);
    }

    /// <summary>Finds the dateline in the first few blocks, since a standfirst may come before it.</summary>
    public static Dateline? Find(IReadOnlyList<string> blocks, int lookAhead = 3) =>
        blocks.Take(lookAhead).Select(TryParse).FirstOrDefault(d => d is not null);

    // Place: up to five ALL-CAPS words (joined by spaces, "/" or ",") or up to three Capitalised words, then
    // optionally a region (", Western Australia"), a date (", Feb 22", ", Thursday 25 April 2024", ", May 21, 2024")
    // and "(Reuters)", then a dash or colon and the sentence itself.
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}.'’]*(?:-\p{Lu}+)*(?:(?:\s*/\s*|,?\s+)\p{Lu}[\p{Lu}.'’]*(?:-\p{Lu}+)*){0,4}" +
        @"|\p{Lu}\p{Ll}+(?:(?:\s*/\s*|\s+)\p{Lu}\p{Ll}+){0,2})" +
        @"(?:,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?" +
        @"(?:,\s*(?<date>(?:\p{Lu}\p{Ll}{2,8},?\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?)(?:,?\s+\d{4})?))?" +
        @"(?:\s*\((?<agency>[\p{L} .&]{2,30})\))?" +
        @"\s*[-–—:]\s+(?=[\p{Lu}\p{N}""“‘'])")]
    private static partial Regex Pattern();
}
