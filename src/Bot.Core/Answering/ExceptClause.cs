using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>"Apart from the ban, what financial penalty did Liam Farrant get?": the question without what it sets aside.</summary>
/// <remarks>
/// What a reader sets aside is what the question is not about: its words ("ban") pull the answer to the sentence about
/// the ban, which the reader has already read, and the question no longer opens with what it asks ("what financial
/// penalty"), so it was not read as a question for money. A name set aside stays, after the question, as a topic:
/// "Apart from Torkham, which frontier crossing did Baradar want eased?" is answered by the sentence that names both.
/// </remarks>
public static partial class ExceptClause
{
    /// <summary><paramref name="question"/> without a leading "apart from …," clause, or null when it has none.</summary>
    public static string? Strip(string question)
    {
        // "Besides cultural events, what other attraction …?" asks for something beside what it sets aside: the clause is
        // what "other" is measured against, so it stays.
        if (Leading().Match(question) is not { Success: true } m || OtherOrElse().IsMatch(m.Groups["question"].Value))
        {
            return null;
        }

        string asked = m.Groups["question"].Value.Trim();
        asked = char.ToUpperInvariant(asked[0]) + asked[1..];
        var names = QuestionTerms.Names(m.Groups["aside"].Value, includeFirstWord: true);
        return names.Count == 0 ? asked : $"{asked.TrimEnd('?', '.', '!', ' ')}, {string.Join(' ', names)}?";
    }

    [GeneratedRegex(@"^\W*(?:apart\s+from|aside\s+from|besides|other\s+than|except\s+for)\s+(?<aside>[^,?]{1,60}),\s*(?<question>(?:who|whom|whose|what|when|where|which|why|how)\b.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    [GeneratedRegex(@"\b(?:other|others|else|another|besides|too|also)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherOrElse();
}
