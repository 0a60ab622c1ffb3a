using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>
/// What a question sets as conditions that a sentence answering it must meet: the year it names is written in the
/// sentence's article ("Who ran NASA in 1953?"), the sentence does not say an opposite of its words ("the smallest
/// city" against "the largest city"), and a negated question ("Which team did not …?") is met by a sentence that says
/// something negative.
/// </summary>
/// <remarks>
/// These are the shapes of SQuAD 2.0's adversarial unanswerable questions ("impossible condition", "antonym",
/// "negation"): the question matches a sentence word for word but one, and that one makes it ask what the sentence
/// does not say. The ranker weighs each word by its rarity, so a year, a superlative or a "not" is one word among many
/// and the sentence still wins. Rules, because one word settles it (docs/quality.md, twelfth pass).
/// </remarks>
public sealed partial class QuestionConditions
{
    private readonly string _question;
    private readonly string? _negation;

    private QuestionConditions(string question)
    {
        _question = question;
        Years = YearPattern().Matches(question).Select(m => m.Value).ToList();
        Months = AskedMonth().Matches(question).Select(m => MonthOf(m.Groups["month"].Value)).Distinct().ToList();
        var negation = AskedNegation().Match(NotANegation().Replace(question, " "));
        _negation = negation.Success ? negation.Value : null;
    }

    /// <summary>The years (or decades, "the 1950s") the question names.</summary>
    public IReadOnlyList<string> Years { get; }

    /// <summary>The months the question names, by number ("what was the inflation rate in April?" names 4).</summary>
    public IReadOnlyList<int> Months { get; }

    /// <summary>True when the question names a year or a month that an article may never write.</summary>
    public bool Dated => Years.Count > 0 || Months.Count > 0;

    /// <summary>Reads the conditions of <paramref name="question"/>.</summary>
    public static QuestionConditions Of(string question) => new(question);

    /// <summary>The question's word whose opposite <paramref name="sentence"/> says in its place ("largest" for "smallest"), as written in each; null when none.</summary>
    public (string Asked, string Said)? Opposed(string sentence) =>
        Contrasts.Swapped(_question, sentence, question: true);

    /// <summary>The question's name that <paramref name="sentence"/> replaces with another between the same words ("from Newton on" for "from Kubiak on"), as written in each; null when none.</summary>
    public (string Asked, string Said)? SwappedName(string sentence) => NameSwaps.Find(_question, sentence);

    /// <summary>
    /// Why no sentence of an article answers: the question names a year that <paramref name="articleText"/>
    /// (<paramref name="published"/> when known) never writes though it writes others (<see cref="Unwritten"/>). Null when
    /// the article meets the condition. It holds for every sentence of the article, so it is read once an article.
    /// </summary>
    public UnmetCondition? UnmetInArticle(string? articleText, DateOnly? published = null) =>
        Unwritten(articleText, published) is [var year, ..] ? new UnmetCondition(year, $"The closest articles never mention {year}.")
        : UnwrittenMonths(articleText, published) is [var month, ..] ? new UnmetCondition(MonthNames[month - 1], $"The closest articles never mention {MonthNames[month - 1]}.")
        : null;

    /// <summary>
    /// The question's months that <paramref name="articleText"/> never writes although it writes others: "what was the
    /// inflation rate in April?" is not answered by a story that gives "5.8 per cent in March from 6.3 per cent in February".
    /// An article that writes no month, or dates by the month it was written ("last month", "this month"), is not held to
    /// the question's; nor is one published in that month or the next, which may date it "on Tuesday".
    /// </summary>
    public IReadOnlyList<int> UnwrittenMonths(string? articleText, DateOnly? published = null)
    {
        if (Months.Count == 0 || articleText is null || RelativeMonth().IsMatch(articleText))
        {
            return [];
        }

        var written = WrittenMonth().Matches(articleText).Select(m => MonthOf(m.Groups["month"].Value)).ToHashSet();
        return written.Count == 0 ? [] : Months.Where(m => !written.Contains(m) && !(published is { } date && (date.Month == m || date.Month == (m % 12) + 1))).ToList();
    }

    // "April", as the reason names it.
    private static readonly string[] MonthNames =
        AnswerType.Months.Split('|').Select(m => char.ToUpperInvariant(m[0]) + m[1..]).ToArray();

    // "Sept", "Sep" and "Jan" are their months.
    private static int MonthOf(string name) =>
        Array.FindIndex(MonthNames, m => m.StartsWith(name.Length >= 3 ? name[..3] : name, StringComparison.OrdinalIgnoreCase)) + 1;

    /// <summary>Why <paramref name="sentence"/> answers something else: the question asks what did "not" happen and the sentence says nothing negative, or it asks about something done that the sentence says is still to come (<see cref="YetToHappen"/>). Null when neither.</summary>
    public UnmetCondition? UnmetInSentence(string sentence) =>
        _negation is not null && !SaidNegation().IsMatch(sentence) ? new UnmetCondition(_negation, null)
        : YetToHappen.Find(_question, sentence) is { } ahead ? new UnmetCondition(ahead.Asked, $"The closest passage says “{ahead.Said}”: that has not happened yet in the articles.") { NamedAhead = char.IsUpper(ahead.Asked[0]) }
        : null;

    /// <summary>
    /// The question's years that <paramref name="articleText"/> never writes although it writes other years. An article
    /// that writes no year is not held to the question's. Nor is one that dates by the year it was written ("last year",
    /// "this year", as news does), where that may be the question's year: within a year of <paramref name="published"/>,
    /// or, with no date, later than every year the article writes.
    /// </summary>
    public IReadOnlyList<string> Unwritten(string? articleText, DateOnly? published = null)
    {
        if (Years.Count == 0 || articleText is null)
        {
            return [];
        }

        var written = Written(articleText);
        if (written.Count == 0)
        {
            return [];
        }

        bool relative = RelativeYear().IsMatch(articleText);
        return Years.Where(y => !written.Any(w => Covers(y, w)) && !(relative && MayMean(y, written, published))).ToList();
    }

    private static bool MayMean(string asked, List<string> written, DateOnly? published)
    {
        int year = int.Parse(asked.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        return published is { } date
            ? Math.Abs(year - date.Year) <= 1
            : written.All(w => int.Parse(w.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) < year);
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> dates what it says to other years than the question's: "In 1995 the factory
    /// was purchased by Daewoo" for "Who bought the factory in 2005?".
    /// </summary>
    public bool DatedOtherwise(string sentence)
    {
        if (Years.Count == 0)
        {
            return false;
        }

        var written = Written(sentence);
        return written.Count > 0 && !RelativeYear().IsMatch(sentence) && !Years.Any(y => written.Any(w => Covers(y, w)));
    }

    private static List<string> Written(string text) =>
        YearPattern().Matches(text).Select(m => m.Value)
            .Concat(YearRangePattern().Matches(text).Select(m => LastYear(m.Groups["start"].Value, m.Groups["end"].Value))).ToList();

    private static string LastYear(string start, string end) => string.Concat(start.AsSpan(0, 4 - end.Length), end);

    // "1950s" is written by any year of that decade, and "1953" by "the 1950s" no more than by "1954".
    private static bool Covers(string asked, string written)
    {
        var askedYear = asked.TrimEnd('s', 'S', '\'', '’');
        var writtenYear = written.TrimEnd('s', 'S', '\'', '’');
        return asked.Length > 4 ? writtenYear[..3] == askedYear[..3] : writtenYear == askedYear;
    }

    [GeneratedRegex(@"(?<![\d.,£$€])\b(?:1[0-9]|20)\d\d(?:['’]?s)?\b(?![.,]\d)")]
    private static partial Regex YearPattern();

    // A month that dates what is asked, in any case: after a word that dates ("in april", "since March", "last May") or beside
    // a day or a year ("3 April", "April 3", "April 2024"). Not a month that names a thing ("the July Fourth holiday", "the
    // October Revolution"), nor "will march" or "may rise".
    [GeneratedRegex(@"\b(?:in|of|during|since|until|till|by|from|through|throughout|before|after|last|next|this|early|late|mid-?)\s+(?:early\s+|late\s+|mid-?)?(?<month>" + AnswerType.Months + @")\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?<month>" + AnswerType.Months + @")\b|\b(?<month>" + AnswerType.Months + @")\s+\d{1,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedMonth();

    // A month as a story writes one: capitalised, or abbreviated before a day ("Nov 7", "Sept. 14").
    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d")]
    private static partial Regex WrittenMonth();

    [GeneratedRegex(@"\b(?:last|this|next|previous|coming)\s+month\b|\ba\s+month\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"\b(?:last|this|next|previous|coming)\s+year\b|\ba\s+year\s+(?:ago|earlier|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();

    // "1646–7" and "1914–18" write their last year too.
    [GeneratedRegex(@"\b(?<start>(?:1[0-9]|20)\d\d)\s?[–-]\s?(?<end>\d{1,2})\b")]
    private static partial Regex YearRangePattern();

    // "not-violent" is a word of its own.
    [GeneratedRegex(@"\b(?:not(?!-)|never)\b|n['’]t\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedNegation();

    // "not only … but", "whether or not", "if not": a question with these asks nothing negative.
    [GeneratedRegex(@"\bnot\s+only\b|\bor\s+not\b|\bif\s+not\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotANegation();

    // A negative need not be "not": "denied", "refused", "failed", "without" and "unused" answer a negated question too.
    // Of squad-b's 107 questions that ask with "not", "never" or "n't", a sentence holding the answer says one of these
    // in all but 11 (docs/quality.md, twelfth pass).
    [GeneratedRegex(@"\b(?:not|never|no|nor|cannot|without|none|neither|nobody|nothing|nowhere|den(?:y|ied|ies|ial)|refus\w*|disagree\w*|reject\w*|fail\w*|lack\w*|absen\w*|except\w*|instead|rather|outside|unable|ban|bann\w*|prevent\w*|avoid\w*|barely|hardly|omit\w*|declin\w*|refrain\w*|yet|rul(?:e|ed|es|ing)\s+out|halt\w*|abandon\w*|cancel\w*|suspend\w*|less|inactive|incomplete|invalid|incorrect|inappropriate|unlike\w*|unknown|unsuccessful\w*|unused|unwilling\w*|unaware|unpaid|unsold|unfinished|unresolved|unavailable|non\w*|dis(?:approv|allow|continu|miss|qualif|regard)\w*)\b|n['’]t\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaidNegation();
}

/// <summary>The word of a question that the closest sentences fail (<see cref="QuestionConditions"/>), and what to tell the reader, if anything.</summary>
public sealed record UnmetCondition(string Word, string? Note)
{
    /// <summary>True when <see cref="Word"/> is a place or event the sentence names only where a future verb goes ("will now travel to Wimbledon").</summary>
    public bool NamedAhead { get; init; }
}
