using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Reads a month, weekday, quarter or half-year abbreviation that no article uses as the full name ("Sept 1760" → "September 1760", "Q1" → "first quarter"), and a pair of years without their century ("25/26" → "2025/26").</summary>
/// <remarks>
/// Readers type "Sept", "Jan." or "Thurs"; stories spell months and days out. Left alone, the abbreviation is a
/// capitalised word no article mentions, so the question would be refused however well the rest matches. It is
/// read as the full name only when the corpus never uses it and a retrieved passage writes the full name, so an
/// article's own "Sun" (the newspaper) or "Mar" (a surname) is left alone.
/// </remarks>
public static partial class DateAbbreviations
{
    private static readonly Dictionary<string, string> FullNames = new(StringComparer.Ordinal)
    {
        ["Jan"] = "January", ["Feb"] = "February", ["Mar"] = "March", ["Apr"] = "April", ["Jun"] = "June",
        ["Jul"] = "July", ["Aug"] = "August", ["Sep"] = "September", ["Sept"] = "September", ["Oct"] = "October",
        ["Nov"] = "November", ["Dec"] = "December", ["Mon"] = "Monday", ["Tue"] = "Tuesday", ["Tues"] = "Tuesday",
        ["Wed"] = "Wednesday", ["Thu"] = "Thursday", ["Thur"] = "Thursday", ["Thurs"] = "Thursday", ["Fri"] = "Friday",
        ["Sat"] = "Saturday", ["Sun"] = "Sunday",
        ["Q1"] = "first quarter", ["Q2"] = "second quarter", ["Q3"] = "third quarter", ["Q4"] = "fourth quarter",
        ["H1"] = "first half", ["H2"] = "second half",
    };

    /// <summary>The abbreviations <paramref name="question"/> writes, once each: the only words whose corpus statistics <see cref="Expand"/> reads.</summary>
    public static IReadOnlyList<string> Candidates(string question) =>
        Abbreviation().Matches(question).Select(m => m.Groups[1].Value).Concat(ShortYears(question)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The question with each abbreviation the corpus never uses written in full, when <paramref name="passages"/> write the full name; null when nothing changes.</summary>
    public static string? Expand(string question, ITermStatistics corpus, IEnumerable<string> passages)
    {
        var texts = passages.ToList();
        string expanded = question;
        foreach (var abbreviation in Candidates(question))
        {
            if (!FullNames.TryGetValue(abbreviation, out var full))
            {
                expanded = WithCentury(expanded, abbreviation, texts);
                continue;
            }

            if (EnglishTerms.Analyze(abbreviation).All(t => corpus.DocumentFrequency(t) == 0)
                && texts.Any(t => t.Contains(full, StringComparison.Ordinal) || t.Contains(full.Replace(' ', '-'), StringComparison.OrdinalIgnoreCase)))
            {
                expanded = Regex.Replace(expanded, $@"\b{abbreviation}\b\.?", full);
            }
        }

        return expanded == question ? null : expanded;
    }

    // "the 25/26 budget" is the story's "2025/26 budget": a year and the next, written short, when no passage writes it so
    // and one writes it with its century.
    private static string WithCentury(string question, string years, List<string> texts)
    {
        string full = "20" + years;
        bool Writes(string text, string form) => Regex.IsMatch(text, $@"(?<![\d/-]){Regex.Escape(form)}(?![\d/-])");
        return !texts.Any(t => Writes(t, years)) && texts.Any(t => Writes(t, full))
            ? Regex.Replace(question, $@"(?<![\d/-]){Regex.Escape(years)}(?![\d/-])", full)
            : question;
    }

    // "25/26" or "25-26": two years in a row, written without their century.
    private static IEnumerable<string> ShortYears(string question) =>
        ShortYear().Matches(question).Where(m => (Year(m.Groups[1].Value) + 1) % 100 == Year(m.Groups[2].Value)).Select(m => m.Value);

    private static int Year(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\d/-])(\d\d)[/-](\d\d)(?![\d/-])")]
    private static partial Regex ShortYear();

    // A quarter or half of a firm's year too: "Sarvi Q1 profit?" over "first-quarter profit rose to €412m".
    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun|Q[1-4]|H[12])\b")]
    private static partial Regex Abbreviation();
}
