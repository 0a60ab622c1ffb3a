using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>What a question asks for: a person, a number, a time, a place, a named thing, or anything.</summary>
public enum AnswerKind
{
    Any,
    Person,
    Number,
    Duration,
    Time,
    Place,
    Name,
}

/// <summary>The kind of answer a question asks for ("how many" wants a number, "when" a time), and whether a sentence has one.</summary>
/// <remarks>
/// A sentence can share every word of "how many people were killed at Torkham?" and still not answer it.
/// Checking the expected answer type is the classic question-answering guard against that. The check is one
/// feature of the learned sentence ranker, not a filter, because phrasing varies.
/// </remarks>
public static partial class AnswerType
{
    /// <summary>The kind of answer <paramref name="question"/> asks for.</summary>
    public static AnswerKind KindOf(string question)
    {
        var q = question.Trim().ToLowerInvariant();
        return LookupPattern().IsMatch(q) ? AnswerKind.Any
            : DurationQuestion().IsMatch(q) ? AnswerKind.Duration
            : NumberQuestion().IsMatch(q) ? AnswerKind.Number
            : TimeQuestion().IsMatch(q) ? AnswerKind.Time
            : PersonQuestion().IsMatch(q) ? AnswerKind.Person
            : PlaceQuestion().IsMatch(q) ? AnswerKind.Place
            : NameQuestion().IsMatch(q) ? AnswerKind.Name
            : AnswerKind.Any;
    }

    /// <summary>True when <paramref name="question"/> asks for a yes or a no ("Is rabies a concern?", "Did Gwadar handle record cargo?").</summary>
    public static bool AsksYesOrNo(string question) => YesNoQuestion().IsMatch(question.TrimStart());

    /// <summary>True when <paramref name="sentence"/> holds an answer of <paramref name="kind"/> that the question (<paramref name="asked"/> words) does not already contain.</summary>
    public static bool Holds(AnswerKind kind, string sentence, IReadOnlySet<string> asked) => kind switch
    {
        AnswerKind.Duration => DurationPattern().IsMatch(sentence),
        AnswerKind.Number => NumberPattern().IsMatch(sentence),
        AnswerKind.Time => TimePattern().IsMatch(sentence),
        AnswerKind.Person or AnswerKind.Place or AnswerKind.Name => NovelNames(sentence, asked) > 0,
        _ => true,
    };

    /// <summary>How many capitalised words after the first the sentence holds that the question does not (days and months are times, not names).</summary>
    public static int NovelNames(string sentence, IReadOnlySet<string> asked) =>
        NovelNameWords(sentence, asked).Count();

    /// <summary>The capitalised words after the first that the sentence holds and the question does not, less days and months.</summary>
    public static IEnumerable<string> NovelNameWords(string sentence, IReadOnlySet<string> asked) =>
        QuestionTerms.Words(sentence).Skip(1).Select(w => w.Word).Where(w => IsNovelName(w, asked));

    /// <summary>True when <paramref name="word"/> is capitalised, not a word of the question (<paramref name="asked"/>), and no day or month.</summary>
    public static bool IsNovelName(string word, IReadOnlySet<string> asked) =>
        char.IsUpper(word[0]) && !asked.Contains(word) && !CalendarWord().IsMatch(word);

    /// <summary>True when the sentence holds a number (digits or number words).</summary>
    public static bool HasNumber(string sentence) => NumberPattern().IsMatch(sentence);

    /// <summary>True when <paramref name="question"/> asks someone's age ("How old is the goalkeeper …?").</summary>
    public static bool AsksForAge(string question) => AgeQuestion().IsMatch(question);

    /// <summary>True when the sentence gives an age the way news writes one: "Tully, 19,", "said Okafor, 58.", "the 26-year-old", "aged 41", "at age 38", "at the age of 44", "now 47,", "Newton was 26".</summary>
    public static bool HasAge(string sentence) => AgePattern().IsMatch(sentence);

    /// <summary>True when <paramref name="sentence"/> names someone by their age alone, as news does after naming them: as its
    /// subject ("The 63-year-old, who …") or as the speaker of a quotation ("… ," said the 46-year-old).</summary>
    public static bool NamesByAge(string sentence) => AgeForName().IsMatch(sentence);

    [GeneratedRegex(@"^The\s\d{1,3}-year-old\b|[,”""]\s*(?:said|says|added|adds)\s+the\s\d{1,3}-year-old\b")]
    private static partial Regex AgeForName();

    /// <summary>True when the sentence holds a year, month, weekday or other time word.</summary>
    public static bool HasTime(string sentence) => TimePattern().IsMatch(sentence);

    /// <summary>True when <paramref name="question"/> asks for an amount of money ("How much did Lumo pay for PixelRiver?", or
    /// tersely "orbis uk price", "average house price according to northgate").</summary>
    public static bool AsksForMoney(string question) => MoneyQuestion().IsMatch(question);

    /// <summary>True when the sentence holds an amount of money ("$1.2 billion", "£212m", "5bn euros", "310p a share"), not a percentage.</summary>
    public static bool HasMoney(string sentence) => MoneyPattern().IsMatch(sentence);

    /// <summary>The sentence with its sums ("£3.2m", "$14.50") and shares ("20%", "5 per cent") blanked out: numbers that count no one.</summary>
    public static string WithoutSumsOrShares(string sentence) => SumOrShare().Replace(sentence, " ");

    /// <summary>The sentence with its spans of time ("for half an hour", "two years") blanked out: numbers that count no one.</summary>
    public static string WithoutDurations(string sentence) => DurationPattern().Replace(HalfSpan().Replace(sentence, " "), " ");

    /// <summary>True when <paramref name="question"/> asks for a share of something ("What proportion of its takings …", "what percentage of voters …").</summary>
    public static bool AsksForShare(string question) => ShareQuestion().IsMatch(question);

    /// <summary>
    /// The kind of rate <paramref name="question"/> asks for ("interest" in "what interest rate is the bank charging on the
    /// loan?"), or null. A rate is given as a share, in a sentence that says what it is the rate of: not "85 per cent of the
    /// project will be financed through a loan … repayable over 20 years". Not an exchange rate ("110 yen to the dollar").
    /// </summary>
    public static string? RateAskedOf(string question) =>
        RateQuestion().Match(question) is { Success: true } m ? m.Groups["kind"].Value.ToLowerInvariant() : null;

    /// <summary>True when <paramref name="sentence"/> gives a share and says what it is the rate of (<paramref name="kind"/>, or "rate").</summary>
    public static bool GivesRate(string sentence, string kind) =>
        HasShare(sentence) && (sentence.Contains(kind, StringComparison.OrdinalIgnoreCase)
            || RateWord().Matches(sentence).Any(rate => !OfAnotherKind(sentence[..rate.Index], kind)));

    // "borrow from commercial banks at interest rates of up to 18 per cent" gives a rate of interest, not of inflation: a
    // rate the word before it names as another kind is not the one asked for. Names of one kind count as one ("lending",
    // "benchmark" and "mortgage" rates are rates of interest; "jobless" is "unemployment").
    private static bool OfAnotherKind(string before, string kind) =>
        RateKindBefore().Match(before) is { Success: true } named && RateFamily(named.Groups["kind"].Value.ToLowerInvariant()) != RateFamily(kind);

    private static string RateFamily(string kind) => kind switch
    {
        "lending" or "benchmark" or "mortgage" or "policy" or "deposit" or "savings" or "base" => "interest",
        "jobless" => "unemployment",
        _ => kind,
    };

    [GeneratedRegex(@"\brates?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateWord();

    // The kinds a question asks for, and others a sentence may name ("policy rate", "exchange rate", "crime rate").
    [GeneratedRegex(@"\b(?<kind>" + RateKinds + @"|policy|deposit|savings|base|exchange|birth|death|crime|poverty|participation|response|success|approval)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RateKindBefore();

    // The kinds of rate a question may ask for.
    private const string RateKinds = "interest|inflation|unemployment|jobless|mortgage|lending|benchmark|growth|vat|tax|pass|literacy|vacancy|occupancy|mortality|turnout|vaccination";

    [GeneratedRegex(@"^\W*(?:and\s+)?(?:what|which|at\s+what)\b(?:\s+[\w'’-]+){0,6}?\s+(?<kind>" + RateKinds + @")\s+rates?\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateQuestion();

    /// <summary>True when the sentence gives a share: a percentage, or a fraction in words ("a third", "three-fourths", "half of", "one in five"; not "half-brother").</summary>
    public static bool HasShare(string sentence) => SharePattern().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:what|which)\s+(?:proportion|percentage|share|fraction|per\s?cent(?:age)?)\b|\bhow\s+(?:big|large)\s+(?:a\s+)?(?:share|proportion|percentage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareQuestion();

    [GeneratedRegex(@"\d\s?(?:%|per\s?cent\b|percent\b|basis\s+points?\b|percentage\s+points?\b)|\b(?:a|one|two|three|four)[\s-](?:halves|half|thirds?|quarters?|fourths?|fifths?|tenths?)\b|\bhalf\s+(?:of|the|its|their|all)\b|\b(?:one|two|three|four|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharePattern();

    /// <summary>True when the sentence holds an amount of money or a percentage.</summary>
    public static bool HasAmount(string sentence) => AmountPattern().IsMatch(sentence);

    /// <summary>The months' names as a regex alternation, for every pattern that reads a date.</summary>
    internal const string Months = "january|february|march|april|may|june|july|august|september|october|november|december";

    /// <summary>The months' names and the abbreviations datelines use for them ("Nov 2", "Sept. 14"), as a regex alternation.</summary>
    internal const string MonthsOrAbbreviations = Months + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    /// <summary>The weekdays' names as a regex alternation.</summary>
    internal const string Weekdays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    [GeneratedRegex("^(" + Weekdays + "|" + Months + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarWord();

    [GeneratedRegex(@"^(where|which article|what article|which source|what source|who says|show)\b.*\b(say|says|said|claim|claims|report|reports|mention|mentions|quote|quotes)\b")]
    private static partial Regex LookupPattern();

    [GeneratedRegex(@"\bhow long\b")]
    private static partial Regex DurationQuestion();

    [GeneratedRegex(@"\b(how many|how much|what number|how large|how big|how far|how tall|how high|what percentage|what share|population|number of|death toll|percentage|how old)\b")]
    private static partial Regex NumberQuestion();

    [GeneratedRegex(@"\bhow\s+old\b|\bwhat\s+age\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeQuestion();

    [GeneratedRegex(@"\p{L},\s\d{1,3}(?:,\s|\.(?=\s|$))|\b\d{1,3}(?:-year-old|\syears?\sold)\b|\bthe\sage\sof\s\d{1,3}\b|\bnow\s\d{1,3},|\b(?:aged|at\sage|was|is)\s\d{1,3}\b(?![.,]?\d|\s?%|\s(?:per|percent|\p{L}+s)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"^(when\b|on what (day|date)|what (day|date|year|month|time|century|decade)\b|in what (year|month|century|decade)|which (day|date|year|month|century|decade)\b)")]
    private static partial Regex TimeQuestion();

    [GeneratedRegex(@"^(who|whom|whose)\b|^(which|what) (person|man|woman|minister|leader|official|president|general|player|king|queen|emperor|author|scientist|spokesman|spokesperson|chief|commander|judge)\b")]
    private static partial Regex PersonQuestion();

    [GeneratedRegex(@"^where\b|^(which|what|in which|in what) (country|city|town|province|region|state|place|area|district|village|continent|river|port|capital)\b")]
    private static partial Regex PlaceQuestion();

    [GeneratedRegex(@"^(which|what|in which|in what|for which|by which)\s+(?!is\b|was\b|are\b|were\b|does\b|did\b|do\b)\w+")]
    private static partial Regex NameQuestion();

    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few)(?:[- ]and[- ]a[- ]half)?[- ](minute|hour|day|week|month|year|decade|centur(y|ie))s?\b|\b(year|month|week)-and-a-half\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"\bhalf\s+an?\s+(?:minute|hour|day|week|month|year|decade|century)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HalfSpan();

    [GeneratedRegex(@"\d|\b(" + NumberWords.Cardinal + @"|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|single|double|half)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(1[0-9]|20)\d\d\b|\b\d{1,4}s\b|\b(" + Weekdays + "|" + Months + @"|today|yesterday|tomorrow|tonight|morning|evening|weekend|week|month|year|century|ago|recently|later|earlier|since|winter|summer|spring|autumn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\s", RegexOptions.IgnoreCase)]
    private static partial Regex YesNoQuestion();

    [GeneratedRegex(@"^\W*(?:how\s+much\b.*\b(?:pay|paid|paying|cost|costs|costing|spend|spent|spending|worth|price|sell|sold|selling|buy|bought|buying|raise|raised|raising|earn|earned|earning|invest|invested|investing|fund|funding|budget|charge|charged|charging|fine|fined|money|revenue|profit|profits|offer|offered|offering|bid|compensation|damages|awarded|salary|wages|bonus|payout|settlement|owe|owes|owed|refund|ransom)\b|what\s+(?:was|is|were|are|will\s+be)\s+(?:the|its|their|his|her)\s+(?:(?:latest|current|new|revised|updated|expected|projected|production|building|construction|total|final|asking|purchase|sale|selling|transfer|entry|ticket|annual|overall|estimated)\s+){0,2}(?:price|cost|value|budget|fee|fine)\b|what\s+(?:financial\s+penalty|fine|price|sum|fee|fare|salary)\b|what\s+(?:(?:was|is|were|are)\s+(?:the|its|their|his|her)\s+)?(?:valuation|salary|fare|payout|bonus|compensation)\b|(?!(?:who|whom|whose|which|where|when|why|what|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|tell|show|give|find|list)\b)(?:[\w'’&.-]+\s+){0,4}(?:price|cost|fare|valuation|salary)(?:\s+(?:estimate|tag|forecast))?(?:\s+(?:at|of|for|according\s+to)\s+(?:[\w'’&.-]+\s*){1,6})?\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyQuestion();

    [GeneratedRegex(Currencies.Prefixes + @"|[$£€¥]\s?\d|\b\d[\d,.]*\s?(?:(?:million|billion|trillion|thousand)\s)?(?:[A-Za-z]+\s){0,2}(?:" + Currencies.Words + @")\b|\b\d[\d,.]*(?:bn|tn)\b|\b\d+(?:\.\d+)?p\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"[$£€¥]\s?\d[\d,.]*(?:\s?(?:m|bn|k|million|billion|thousand)\b)?|\b\d[\d,.]*\s?(?:%|per\s?cent|percent)", RegexOptions.IgnoreCase)]
    private static partial Regex SumOrShare();

    // British news writes "1.3bn euros", "a 76% rise" and "5 per cent"; "m" alone is left out, since it is as often metres.
    [GeneratedRegex(Currencies.Prefixes + @"|[$£€¥]\s?\d|\b\d[\d,.]*\s?(%|percent|per cent|dollars|rupees|euros|pounds|yuan|afghanis)|\b\d[\d,.]*(bn|tn)\b|\b(million|billion|trillion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmountPattern();
}
