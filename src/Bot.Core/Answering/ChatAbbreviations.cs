using System.Text.RegularExpressions;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Reads the short forms people type in a chat box ("dept", "govt", "assoc", "yrs") as the word a retrieved passage
/// writes in full ("department", "government", "association", "years").</summary>
/// <remarks>
/// "who heads the forestry dept in cyprus?" was refused over a story of "Dr Panayiotis Constantinou, 56, the director of the
/// Forestry Department": "dept" is a word no article uses, so it weighed as a thing the articles never mention. As with a
/// month's abbreviation (<see cref="DateAbbreviations"/>), a short form is read in full only when the corpus never uses it and
/// a retrieved passage writes the full word, so an article's own "Co" or "Gov" is left alone.
/// </remarks>
public static partial class ChatAbbreviations
{
    private static readonly Dictionary<string, string[]> FullWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dept"] = ["department"], ["depts"] = ["departments"], ["govt"] = ["government"], ["gov't"] = ["government"],
        ["govts"] = ["governments"], ["mgmt"] = ["management"], ["intl"] = ["international"], ["natl"] = ["national"],
        ["assoc"] = ["association"], ["assn"] = ["association"], ["org"] = ["organisation", "organization"],
        ["yr"] = ["year"], ["yrs"] = ["years"], ["hrs"] = ["hours"], ["mins"] = ["minutes"], ["approx"] = ["approximately"],
        ["pct"] = ["per cent", "percent"], ["ppl"] = ["people"], ["mgr"] = ["manager"], ["pres"] = ["president"],
        ["chmn"] = ["chairman"], ["corp"] = ["corporation"], ["bldg"] = ["building"], ["uni"] = ["university"],
        ["hosp"] = ["hospital"], ["cttee"] = ["committee"], ["cmte"] = ["committee"], ["admin"] = ["administration"],
        ["avg"] = ["average"], ["biz"] = ["business"], ["exec"] = ["executive"], ["execs"] = ["executives"],
        ["rep"] = ["representative"], ["reps"] = ["representatives"], ["bc"] = ["because"], ["b/c"] = ["because"],
        ["abt"] = ["about"], ["thru"] = ["through"], ["tho"] = ["though"], ["info"] = ["information"],
    };

    /// <summary>The short forms <paramref name="question"/> writes, once each: the only words whose corpus statistics <see cref="Expand"/> reads.</summary>
    public static IReadOnlyList<string> Candidates(string question) =>
        ShortForm().Matches(question).Select(m => m.Value).Where(FullWords.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The question with each short form the corpus never uses written in full, when <paramref name="passages"/> write
    /// the full word; null when nothing changes.</summary>
    public static string? Expand(string question, ITermStatistics corpus, IEnumerable<string> passages)
    {
        var texts = passages.ToList();
        string expanded = question;
        foreach (var shortForm in Candidates(question))
        {
            if (EnglishTerms.Analyze(shortForm).All(t => corpus.DocumentFrequency(t) == 0)
                && FullWords[shortForm].FirstOrDefault(full => texts.Any(t => Regex.IsMatch(t, $@"\b{Regex.Escape(full)}\b", RegexOptions.IgnoreCase))) is { } written)
            {
                expanded = Regex.Replace(expanded, $@"(?<![\w/']){Regex.Escape(shortForm)}(?![\w/'])\.?", written, RegexOptions.IgnoreCase);
            }
        }

        return expanded == question ? null : expanded;
    }

    [GeneratedRegex(@"(?<![\w/'])[A-Za-z]+(?:['/][A-Za-z]+)?(?![\w/'])")]
    private static partial Regex ShortForm();
}
