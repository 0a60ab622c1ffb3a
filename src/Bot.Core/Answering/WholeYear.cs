using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>A question about a whole year's figure ("full-year profit", "the whole of 2024"), and sentences whose figures
/// are only for part of one ("the first nine months", "the six months to the end of June", "between January and July").</summary>
/// <remarks>
/// Business news reports quarters and halves far more often than years, so "What was HBL's net profit for the full year
/// 2025?" finds "HBL's net profit for the first nine months of 2025 fell 58% to €512m", which names the bank, the profit
/// and the year and is not the answer. The quote's first sentence is its answer: when it gives figures only for part of a
/// year and no quoted sentence speaks of a whole year ("sales for the full year to January were $19bn", "annual revenue",
/// "€40m a year"), the quote does not answer. Leading with a sentence of the same story that gives the year's figure was
/// tried and moved no answer to the right one over the probes' archive (docs/quality.md, sixty-first pass).
/// </remarks>
public static partial class WholeYear
{
    /// <summary>True when <paramref name="question"/> asks for a figure over a whole year.</summary>
    public static bool Asked(string question) => WholeYearWords().IsMatch(question);

    /// <summary>True when the first quoted sentence, the answer, gives figures only for part of a year, and no sentence of
    /// <paramref name="quote"/> speaks of a whole year.</summary>
    public static bool PartOnly(IReadOnlyList<string> quote) =>
        quote.Count > 0 && PartOfYearOnly(quote[0]) && !quote.Any(SpeaksOfAYear);

    private static bool PartOfYearOnly(string sentence) => HasFigure(sentence) && PartOfYear().IsMatch(sentence) && !SpeaksOfAYear(sentence);

    private static bool SpeaksOfAYear(string sentence) => WholeYearWords().IsMatch(sentence) || YearlyWords().IsMatch(sentence);

    private static bool HasFigure(string sentence) => Figure().IsMatch(Year().Replace(sentence, " "));

    // "full-year", "the full year", "the whole of 2024", "2004 as a whole", "the entire year", "for the year", "12 months to".
    [GeneratedRegex(@"\bfull[\s-]year\b|\bwhole\s+(?:of\s+)?(?:the\s+)?(?:year|(?:19|20)\d\d)\b|\b(?:year|(?:19|20)\d\d)\s+as\s+a\s+whole\b|\bentire\s+year\b|\bfor\s+the\s+year\b|\b(?:12|twelve)\s+months\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeYearWords();

    // A figure given by the year, which may be the year's: "annual sales", "€40m a year"; not "a year earlier", which compares.
    [GeneratedRegex(@"\bannual(?:ly)?\b|\ba\s+year\b(?!\s+(?:earlier|ago|before|previously))|\bper\s+(?:year|annum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearlyWords();

    // A quarter, a half, a run of months short of twelve, or the year so far.
    [GeneratedRegex(@"\b(?:first|second|third|fourth|final|last|latest|past|previous)[\s-]+(?:quarter|half)\b|\b(?:three|six|nine|3|6|9)[\s-]+months?\b|\bhalf[\s-]year\b|\binterim\b|\bQ[1-4]\b|\bquarterly\b|\b(?:January|Jan)\s*(?:-|–|to|through)\s*(?:Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)[a-z]*\b|\bbetween\s+January\s+and\s+(?:Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)[a-z]*\b|\byear[\s-]to[\s-]date\b|\bso\s+far\s+this\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfYear();

    [GeneratedRegex(@"\b(?:1[5-9]|20)\d\d(?:/\d\d)?\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\d")]
    private static partial Regex Figure();
}
