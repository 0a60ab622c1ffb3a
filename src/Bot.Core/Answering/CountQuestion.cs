using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>"How many schools get them first?": what a count question counts, and whether a sentence gives a number of it.</summary>
/// <remarks>
/// Asked how many schools get free breakfast clubs first, the ranker quoted "Every primary school in England will be able
/// to offer free breakfast clubs …", which restates the question and holds no number, over "The scheme will be rolled out
/// in stages, with 750 schools in the most deprived areas taking part from September." News writes a count beside what it
/// counts ("750 schools", "2,000 extra staff"), so when the best sentence holds no number (or only sums and shares: "Profits
/// at Dunmore Breweries have fallen 9%" for "How many pubs is Dunmore planning to get rid of?"), the best sentence of its
/// story that writes a number just before the counted word leads.
/// </remarks>
public static partial class CountQuestion
{
    /// <summary>The analysed term of what <paramref name="question"/> counts ("school" in "How many schools …"), or null when it asks no count.</summary>
    public static string? Counted(string question) =>
        HowMany().Match(question) is { Success: true } match && EnglishTerms.Analyze(match.Groups["noun"].Value) is [var term] ? term : null;

    /// <summary>True when <paramref name="sentence"/> writes a number at most three words before <paramref name="counted"/> ("750 schools", "1,200 new homes").</summary>
    public static bool Gives(string sentence, string counted) =>
        NumberThenWords().Matches(sentence).Any(m => m.Groups["word"].Captures.Any(w => EnglishTerms.Analyze(w.Value) is [var term] && term == counted));

    /// <summary>The analysed term of the things <paramref name="question"/> counts, or null when it asks no count or counts
    /// units of time ("How many years …" asks how long), of a measure ("how many litres …") or of money ("How many euros did
    /// the widower transfer …?" asks a sum).</summary>
    public static string? ThingsCounted(string question) =>
        HowMany().Match(question) is { Success: true } match && EnglishTerms.Analyze(match.Groups["noun"].Value) is [var term]
        && !CountsTime(term) && !Units.ContainsKey(term) && !CurrencyName().IsMatch(match.Groups["noun"].Value) ? term : null;

    /// <summary>True when <paramref name="counted"/> (as analysed) is a unit of time: "How many years …" asks how long.</summary>
    public static bool CountsTime(string counted) => TimeUnit().IsMatch(counted);

    /// <summary>True when <paramref name="sentence"/> may give how many <paramref name="counted"/> there are: a number before
    /// the counted word, a share of them ("9.6% of students"), a count in words ("twice", "only a few"), or a number that is
    /// not a year, a date, an hour, a sum, a share, a span of time, a measure, a place in order or an age ("The previous
    /// record, 13.6 metres, was set during the great flood of January 1974" counts nothing).</summary>
    public static bool MayCount(string sentence, string counted) =>
        Gives(sentence, counted) || SharesOut(sentence) || Vague().IsMatch(sentence)
        || AnswerType.HasNumber(NotCounts().Replace(Sums().Replace(AnswerType.WithoutDurations(sentence), " "), " "));

    /// <summary>True when what <paramref name="question"/> counts is a unit of measure ("How many litres …", "how many hectares …").</summary>
    public static bool AsksMeasure(string question) => MeasureAsked(question) is not null;

    /// <summary>True when <paramref name="sentence"/> gives a number in a unit of the measure <paramref name="question"/> asks
    /// for, in words or symbols: "4,500 litres", "38km"; "300 km (190 mi)" for miles, since news converts or not as it likes.</summary>
    public static bool GivesMeasure(string question, string sentence) => MeasureAsked(question)?.IsMatch(sentence) == true;

    /// <summary>The figures in a unit of the measure <paramref name="question"/> counts, or null when it counts no unit of
    /// measure; read once per question, then matched against each quoted sentence.</summary>
    internal static Regex? MeasureAsked(string question) =>
        Counted(question) is { } counted && Units.TryGetValue(counted, out var measure) ? Measures[measure] : null;

    // Units of measure, as analysed, and what they measure: a measure is written in figures and a unit, so a sentence without
    // one does not say how many ("A small amount of diesel leaked" for "how many litres of diesel leaked?").
    private static readonly Dictionary<string, string> Units = new (string Words, string Measure)[]
    {
        ("kilometres kilometers metres meters miles", "distance"), ("litres liters gallons barrels", "volume"),
        ("tonnes tons kilograms kilos", "mass"), ("hectares acres", "area"), ("megawatts gigawatts kilowatts", "power"),
    }.SelectMany(u => u.Words.Split(' ').SelectMany(w => EnglishTerms.Analyze(w)).Select(t => (Term: t, u.Measure)))
        .DistinctBy(u => u.Term).ToDictionary(u => u.Term, u => u.Measure, StringComparer.Ordinal);

    // "4,500 litres", "a 38-kilometre stretch", "two miles", "1.2 million tonnes".
    private const string Figure = @"(?:\d[\d,.]*|" + NumberWords.Cardinal + @"|hundred|thousand)[\s-]?(?:(?:hundred|thousand|million|billion)\s)?";

    private static readonly Dictionary<string, Regex> Measures = new()
    {
        ["distance"] = new(Figure + @"(?:(?:kilomet|met)(?:re|er)s?|miles?|km|mi|m)\b", RegexOptions.IgnoreCase),
        ["volume"] = new(Figure + @"(?:lit(?:re|er)s?|gallons?|barrels?|l|ltr)\b", RegexOptions.IgnoreCase),
        ["mass"] = new(Figure + @"(?:tonnes?|tons?|kilo(?:gram)?s?|kg|t)\b", RegexOptions.IgnoreCase),
        ["area"] = new(Figure + @"(?:hectares?|acres?|ha|square\s+\w+|sq\s?\w+)\b", RegexOptions.IgnoreCase),
        ["power"] = new(Figure + @"(?:(?:mega|giga|kilo)watts?|MW|GW|kW)\b", RegexOptions.IgnoreCase),
    };

    /// <summary>True when <paramref name="sentence"/> gives a share of something ("9.6% of students"), which may answer how many.</summary>
    public static bool SharesOut(string sentence) => ShareOf().IsMatch(sentence);

    [GeneratedRegex(@"\d[\d,.]*\s?(?:%|per\s?cent|percent)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOf();

    // What is counted, as the analyser writes it ("year", "centuri"), when it is a unit of time.
    [GeneratedRegex(@"^(?:second|minut|minute|hour|day|week|month|year|decad|decade|centuri|century)s?$")]
    private static partial Regex TimeUnit();

    [GeneratedRegex(@"^(?:" + Currencies.Words + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyName();

    // A sum with its sign, code or name, to its scale: "KSh 4.2 billion", "£38,000", "48.5 billion tenge".
    [GeneratedRegex(@"(?:" + Currencies.Prefixes + @"|[$£€¥]\s?\d)[\d,.]*(?:[\s-]?(?:m|bn|k|million|billion|trillion|crores?|lakhs?)\b)?|\b\d[\d,.]*\s?(?:(?:million|billion|trillion|thousand)\s)?(?:[A-Za-z]+\s){0,2}(?:" + Currencies.Words + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sums();

    // Numbers that count nothing: years and decades, dates, hours, shares, measures, places in order and ages ("Kiprono, 29,",
    // "aged 52", "a 24-year-old").
    [GeneratedRegex(@"\b(?:1[5-9]|20)\d\ds?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + AnswerType.MonthsOrAbbreviations + @")\b|\b(?:" + AnswerType.MonthsOrAbbreviations + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\b|\b\d+(?:st|nd|rd|th)\b|\d[\d,.]*\s?(?:%|per\s?cent|percent|[-\s]?(?:km|kilomet\w*|metres?|meters?|m|mm|cm|miles?|kg|kilo\w*|tonnes?|tons?|litres?|liters?|hectares?|ha|acres?|°[CF]?|C|F|degrees?|mph|km/h|knots?|MW|GW|kW|megawatts?|feet|ft|inches)\b)|,\s*\d{1,2},|\baged\s+\d{1,3}\b|\b\d{1,3}-year-olds?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotCounts();

    // A count in words that gives no figure: "twice", "only a few", "several", "hundreds of".
    [GeneratedRegex(@"\b(?:once|twice|thrice|few|several|many|numerous|countless|dozens|scores|hundreds|thousands|millions|handful|none)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();

    // "How many new homes …" counts homes: a describing word before the noun is passed over. So is a name or a model
    // number: "How many Lumen users …" counts users, "How many Nova 8 handsets …" handsets; not when the word after the name
    // is a verb ("How many Americans were …" counts Americans).
    [GeneratedRegex(@"\bhow\s+many\s+(?:(?:new|more|other|extra|additional|different|separate|full-time|part-time|young|older|local|foreign)\s+)?(?:(?-i:\p{Lu}[\p{L}-]*|\d+)\s+)*(?!(?:are|were|is|was|do|does|did|have|has|had|will|would|can|could|should|may|might|must)\b)(?<noun>[\p{L}-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HowMany();

    // A number in digits or words and the three words after it: "750 schools", "two million new customers", "about 120 of the
    // group's poorer-performing pubs". Not "thousands of schools", which says there are many, not how many.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:\d[\d,.]*|" + NumberWords.TwoAndUp + @"|hundred|thousand|million|dozen)(?:\s+of\s+(?:the|its|their|his|her)(?:\s+[\p{L}-]+['’]s?(?=\s))?)?(?:\s+(?<word>[\p{L}-]+)){1,3}", RegexOptions.IgnoreCase)]
    private static partial Regex NumberThenWords();
}
