using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>"When is the Greenfold Festival on?": a sentence that dates only vaguely ("this summer"), and one that gives a date.</summary>
/// <remarks>
/// The lead "The Greenfold Festival has announced its headliners for this summer …" holds every word of the question and a
/// time, so the ranker chose it over "The three-day event … will take place from 11 to 13 July", which holds none of the
/// question's words. A news reader asking when wants the date. So when the best sentence's only times are vague (a season,
/// "next year", "recently") and nothing else in it may date the event (a number, a month, a day, a century, a war, "during",
/// "after"), the best sentence of its story that gives a date leads. Over squad-b's held-out questions it moved two answers,
/// both to the right date (docs/quality.md, eighteenth pass). A question about a date still to come ("When does the case
/// resume?") is not answered by the lead that dates what has just happened ("… on Wednesday ordered that …"): the best
/// sentence of its story that dates something ahead ("adjourned the case until 20 February") leads (sixty-fourth pass).
/// "When is the festival held?" asks of a custom, not of what is to come, and is left alone.
/// </remarks>
public static partial class VagueDate
{
    /// <summary>True when <paramref name="sentence"/> dates only vaguely: a season, week, month or year without a number or name, "recently", "later".</summary>
    /// <remarks>A sum or a share ("up to 15 per cent from next month") dates nothing.</remarks>
    public static bool Only(string sentence) => Vague().IsMatch(sentence) && !Dating().IsMatch(AnswerType.WithoutSumsOrShares(sentence));

    /// <summary>True when <paramref name="sentence"/> gives a date: a year, a day of a month ("11 to 13 July", "June 12"), or a weekday.</summary>
    public static bool Gives(string sentence) => Date().IsMatch(sentence);

    /// <summary>True when <paramref name="question"/> asks the date of something still to come: "When does the case resume?",
    /// "when's the next rate announcement", "When is the pub due to open again?"; not "When did …?" or "When was …?".</summary>
    public static bool AheadAsked(string question) => WhenAhead().IsMatch(question) && AheadWords().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> dates something still to come: a date beside "will", "due", "adjourned
    /// to", "until", "next", "scheduled for" and the like.</summary>
    public static bool GivesAhead(string sentence) => Gives(sentence) && AheadSaid().IsMatch(sentence);

    [GeneratedRegex(@"^\W*(?:(?:and|so|ok)\W+)?(?:when(?:['’]s|\s+(?:is|are|does|do|will|can|could|should))|what\s+(?:date|day|time)\s+(?:is|are|does|do|will))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenAhead();

    [GeneratedRegex(@"\b(?:will|next|resume[sd]?|start|starts|begin|begins|supposed|due|meant|expected|scheduled|set|planned|again|reopen\w*|return|run\s+out|expire[sd]?|end|wrap\s+up|come\s+back|hear(?:ing)?|sit\s+down)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AheadWords();

    [GeneratedRegex(@"\b(?:will|would|shall|due|scheduled|set\s+(?:for|to)|adjourned|until|till|next|resume[sd]?|expected|planned|deadline|from|by|starting|begins?|reopens?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AheadSaid();

    [GeneratedRegex(@"\b(?:weekend|week|month|year|winter|summer|spring|autumn|recently|later|earlier|since|ago)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();

    // Anything else that may say when: a number, a named month or day, a century or era, a festival, or a clause of time.
    [GeneratedRegex(@"\d|\b(?:" + AnswerType.Months + "|" + AnswerType.Weekdays + @"|century|centuries|today|yesterday|tomorrow|tonight|christmas|easter|midsummer|annually|decade|era|age|period|war|reign|during|after|before|when|until|while)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dating();

    // A year, a day of a month either way round ("11 to 13 July", "June 12"), or a weekday.
    [GeneratedRegex(@"\b(?:1[0-9]|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:" + AnswerType.Months
        + @")\b|\b(?:" + AnswerType.Months + @")\s+\d{1,2}\b|\b(?:" + AnswerType.Weekdays + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Date();
}
