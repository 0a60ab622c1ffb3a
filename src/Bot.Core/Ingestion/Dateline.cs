using System.Text.RegularExpressions;

namespace Bot.Core.Ingestion;

/// <summary>An opening dateline such as "ISLAMABAD:", "Islamabad -" or "LONDON (Reuters) -".</summary>
/// <param name="Place">The place as written, for example "ISLAMABAD/KABUL".</param>
/// <param name="Length">How many characters of the block the dateline and its separator take.</param>
internal sealed partial record Dateline(string Place, int Length)
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
        return Kickers.Contains(place) ? null : new Dateline(place, match.Length);
    }

    /// <summary>Finds the dateline in the first few blocks, since a standfirst may come before it.</summary>
    public static Dateline? Find(IReadOnlyList<string> blocks, int lookAhead = 3) =>
        blocks.Take(lookAhead).Select(TryParse).FirstOrDefault(d => d is not null);

    // Place: up to five ALL-CAPS words (joined by spaces, "/" or ",") or up to three Capitalised words,
    // then optionally ", Feb 22" and "(Reuters)", then a dash or colon and the sentence itself.
    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{Lu}.'’]*(?:-\p{Lu}+)*(?:(?:\s*/\s*|,?\s+)\p{Lu}[\p{Lu}.'’]*(?:-\p{Lu}+)*){0,4}" +
        @"|\p{Lu}\p{Ll}+(?:(?:\s*/\s*|\s+)\p{Lu}\p{Ll}+){0,2})" +
        @"(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?" +
        @"(?:\s*\((?<agency>[\p{L} .&]{2,30})\))?" +
        @"\s*[-–—:]\s+(?=[\p{Lu}\p{N}""“‘'])")]
    private static partial Regex Pattern();
}
