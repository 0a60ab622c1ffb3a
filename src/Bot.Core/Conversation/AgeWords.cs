using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Conversation;

/// <summary>Words of a claim that name an age group ("a pensioner", "a teenager"), and whether a sentence gives an age in it.</summary>
/// <remarks>
/// A reader sums up "A 71-year-old man drowned near Vác" as "a pensioner died", and "17-year-old Megan Doyle told MPs" as
/// "a teenager told MPs". The word matcher finds no "pensioner" in the sentence, and the claim's subject seemed missing, so a
/// true claim was refused with the very sentence shown as the closest. A sentence that gives an age inside the group's
/// range states such a word, as "6,000 people" states "thousands of residents"; so does one in a decade of life ("a man in
/// his seventies").
/// </remarks>
public static partial class AgeWords
{
    // Lower bound, upper bound: pension ages run from 60 to 67 across the countries news is written about.
    private static readonly Dictionary<string, (int Low, int High)> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pensioner"] = (60, 120), ["pensioners"] = (60, 120), ["OAP"] = (60, 120), ["OAPs"] = (60, 120),
        ["retiree"] = (60, 120), ["retirees"] = (60, 120), ["elderly"] = (65, 120), ["older"] = (60, 120),
        ["teenager"] = (13, 19), ["teenagers"] = (13, 19), ["teen"] = (13, 19), ["teens"] = (13, 19), ["teenage"] = (13, 19),
        ["child"] = (0, 15), ["children"] = (0, 15), ["toddler"] = (1, 4), ["toddlers"] = (1, 4), ["baby"] = (0, 2),
        ["infant"] = (0, 2), ["boy"] = (0, 17), ["girl"] = (0, 17), ["schoolboy"] = (5, 18), ["schoolgirl"] = (5, 18),
    };

    // "in his seventies", "in her 70s": a decade of life.
    private static readonly Dictionary<string, int> Decades = new[] { "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties" }
        .Select((w, i) => (w, (i + 2) * 10)).ToDictionary(p => p.w, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of <paramref name="claim"/> that name an age group <paramref name="sentence"/> gives an age in.</summary>
    public static IEnumerable<string> Stated(string claim, string sentence)
    {
        var ages = Ages(sentence).ToList();
        if (ages.Count == 0)
        {
            return [];
        }

        return Word().Matches(claim).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(w => Range(claim, w) is { } range && ages.Any(a => range.Low <= a && a <= range.High));
    }

    private static (int Low, int High)? Range(string claim, string word)
    {
        if (Groups.TryGetValue(word, out var range))
        {
            return range;
        }

        // A decade is a person's age only after "in his", "in her" or "in their": "prices last seen in the seventies" is a time.
        int decade = Decades.TryGetValue(word, out int d) ? d
            : DecadeDigits().Match(word) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return decade > 0 && Regex.IsMatch(claim, $@"\b(?:in|into)\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?{Regex.Escape(word)}\b", RegexOptions.IgnoreCase)
            ? (decade, decade + 9) : null;
    }

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^([1-9]0)s$")]
    private static partial Regex DecadeDigits();

    private static IEnumerable<int> Ages(string sentence) =>
        Age().Matches(sentence).Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));

    // "a 71-year-old man", "Bridget Cassidy, 67, from Clones", "aged 8", "who is 15 years old".
    [GeneratedRegex(@"\b(?<n>\d{1,3})[-‐\s]years?[-‐\s]old\b|\p{Lu}\p{L}+,\s(?<n>\d{1,3}),\s|\baged\s(?<n>\d{1,3})\b")]
    private static partial Regex Age();
}
