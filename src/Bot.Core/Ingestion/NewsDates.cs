using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Ingestion;

/// <summary>Finds calendar dates written the ways news sites write them ("July 26th, 2016", "18 Mar, 2024", "2016-07-26").</summary>
internal static partial class NewsDates
{
    private const string Month =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    private const string DatePattern =
        @"\b(?:(?<mn>" + Month + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b" +
        @"|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mn>" + Month + @")\.?,?\s+(?<y>\d{4})\b" +
        @"|(?<y>\d{4})-(?<mm>\d{2})-(?<d>\d{2})(?!\d))";

    /// <summary>Finds the first valid date in the text, with where it was written.</summary>
    public static bool TryFind(string text, out DateOnly date, out Range span)
    {
        foreach (Match match in DateRegex().Matches(text))
        {
            if (TryBuild(match, out date))
            {
                span = match.Index..(match.Index + match.Length);
                return true;
            }
        }

        date = default;
        span = default;
        return false;
    }

    /// <summary>Parses a value that should be a date, such as a meta tag or front matter field.</summary>
    public static DateOnly? Parse(string? text) =>
        text is not null && TryFind(text, out var date, out _) ? date : null;

    /// <summary>True when the line is only a date, perhaps with "Updated", a weekday, a time or a time zone.</summary>
    public static bool IsDateOnlyLine(string line)
    {
        if (line.Length > 80 || !TryFind(line, out _, out var span))
        {
            return false;
        }

        var rest = string.Concat(line[..span.Start], " ", line[span.End..]);
        return DateNoise().Replace(rest, string.Empty).Length == 0;
    }

    /// <summary>True when a date-only line announces an update rather than the first publication.</summary>
    public static bool IsUpdateLine(string line) => line.Contains("updated", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a date-only line says outright that it is the publication date ("Published: …").</summary>
    public static bool IsPublishedLine(string line) =>
        line.Contains("published", StringComparison.OrdinalIgnoreCase) || line.Contains("posted", StringComparison.OrdinalIgnoreCase);

    private static bool TryBuild(Match match, out DateOnly date)
    {
        date = default;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["mm"].Success
            ? int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture)
            : MonthNumber(match.Groups["mn"].Value);
        if (year is < 1800 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name)
    {
        var prefix = name[..3].ToLowerInvariant();
        return Array.IndexOf(MonthPrefixes, prefix) + 1;
    }

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(DatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    // What may surround a date on a date-only line: the verbs sites use, weekdays, clock times and zones.
    [GeneratedRegex(
        @"(?i:\b(?:last|updated?|published|posted|modified|first|on|at|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?)\b)" +
        @"|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?i:[ap]\.?m\.?)?|\b[A-Z]{2,4}\b|[+-]\d{2}:?\d{2}|[\s,.:|\-–—/()]",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateNoise();
}
