using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>The kind of answer a question asks for ("how many" wants a number, "when" a time), and whether a sentence has one.</summary>
/// <remarks>
/// A sentence can share every word of "how many people were killed at Torkham?" and still not answer it.
/// Checking the expected answer type is the classic question-answering guard against that; a sentence
/// without the expected type is marked down, not removed, because phrasing varies.
/// </remarks>
public static partial class AnswerType
{
    /// <summary>Returns the check a sentence must pass for <paramref name="question"/>, or null when any sentence may answer.</summary>
    public static Func<string, bool>? ExpectedBy(string question)
    {
        var q = question.Trim().ToLowerInvariant();
        if (LookupPattern().IsMatch(q))
        {
            return null;
        }

        if (DurationQuestion().IsMatch(q))
        {
            return s => DurationPattern().IsMatch(s);
        }

        if (NumberQuestion().IsMatch(q))
        {
            return s => NumberPattern().IsMatch(s);
        }

        if (TimeQuestion().IsMatch(q))
        {
            return s => TimePattern().IsMatch(s);
        }

        if (NameQuestion().IsMatch(q))
        {
            var asked = QuestionTerms.Words(question).Select(w => w.Word).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return s => QuestionTerms.Words(s).Skip(1).Any(w => char.IsUpper(w.Word[0]) && !asked.Contains(w.Word));
        }

        return null;
    }

    [GeneratedRegex(@"^(where|which article|what article|who says|show)\b.*\b(say|says|said|claim|claims|report|reports|mention|quote|quotes)\b")]
    private static partial Regex LookupPattern();

    [GeneratedRegex(@"\bhow long\b")]
    private static partial Regex DurationQuestion();

    [GeneratedRegex(@"\b(how many|how much|what number|how large|how big|what percentage|what share|population|number of|death toll|percentage|how old)\b")]
    private static partial Regex NumberQuestion();

    [GeneratedRegex(@"^(when\b|on what (day|date)|what (day|date|year|month|time)\b|in what year|which (day|date|year|month)\b)")]
    private static partial Regex TimeQuestion();

    [GeneratedRegex(@"^(who|whom|whose|where)\b")]
    private static partial Regex NameQuestion();

    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|few)[- ](hour|day|week|month|year)s?\b|\b(year|month|week)-and-a-half\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|single|double)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(19|20)\d\d\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight|morning|evening|weekend|week|month|year|ago|recently|later|earlier|since|winter|summer|spring|autumn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();
}
