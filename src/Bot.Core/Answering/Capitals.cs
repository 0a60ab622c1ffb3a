using System.Text.RegularExpressions;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Reads a seat of government or a nationality that no article uses as its country ("relations with Washington" → "relations with US", "the Welsh plant" → "the Wales plant").</summary>
/// <remarks>
/// News names a government by its capital: "talks with Washington", "Beijing's reply", "the Kremlin said". Over
/// articles that only ever write "the US", such a name is one no article mentions, so the question would be refused
/// however well the rest matches. A seat (from the embedded table capitals.tsv) that the corpus never uses is
/// replaced by its country, in the first of the country's forms that a retrieved passage writes; when no passage
/// writes any of them the seat stays, and the question stays one the articles do not cover. Seats the articles do
/// use are left alone: there "Washington" may be the state, the city or a person. A nationality is read so too: "Which Welsh
/// plant is Halvern shutting?" asks of "its factory in Wrexham, north Wales", and a name no article writes would refuse it.
/// </remarks>
public static class Capitals
{
    private const string ResourceName = "Bot.Core.Answering.capitals.tsv";
    private const string NationalitiesName = "Bot.Core.Answering.nationalities.tsv";
    private static readonly Lazy<List<(string Seat, string[] Countries)>> Table = new(Read);

    /// <summary>The seats <paramref name="question"/> names, once each: the only words whose corpus statistics <see cref="Substitute"/> reads.</summary>
    public static IReadOnlyList<string> Candidates(string question) =>
        Table.Value.Where(row => Contains(question, row.Seat)).Select(row => row.Seat).ToList();

    /// <summary>The question with each seat the corpus never uses replaced by its country as <paramref name="passages"/> write it; null when nothing changes.</summary>
    public static string? Substitute(string question, ITermStatistics corpus, IEnumerable<string> passages)
    {
        var unused = Table.Value.Where(row => Contains(question, row.Seat)
            && EnglishTerms.Analyze(row.Seat).Any(t => corpus.DocumentFrequency(t) == 0)).ToList();
        if (unused.Count == 0)
        {
            return null;
        }

        var texts = passages.ToList();
        string substituted = question;
        foreach (var (seat, countries) in unused)
        {
            if (countries.FirstOrDefault(c => texts.Any(t => Contains(t, c))) is { } country)
            {
                substituted = Regex.Replace(substituted, WholeWords(seat), country);
            }
        }

        return substituted == question ? null : substituted;
    }

    /// <summary>True when <paramref name="word"/> is a word of a country, its adjective or its seat as the tables write them ("Norway", "Norwegian", "Oslo"): a place a story names, not the name of a firm or a person.</summary>
    public static bool IsCountry(string word) => Countries.Value.Contains(word);

    private static readonly Lazy<HashSet<string>> Countries =
        new(() => Table.Value.SelectMany(row => row.Countries.Append(row.Seat)).SelectMany(c => c.Split(' ')).ToHashSet(StringComparer.Ordinal));

    // Every question is checked against every seat, so a plain substring test goes first and the pattern only confirms.
    private static bool Contains(string text, string phrase) =>
        text.Contains(phrase, StringComparison.Ordinal) && Regex.IsMatch(text, WholeWords(phrase));

    // Case-sensitive on purpose: "US" is the country, "us" is not.
    private static string WholeWords(string phrase) => $@"(?<![\p{{L}}.]){Regex.Escape(phrase)}(?![\p{{L}}])";

    private static readonly Lazy<Dictionary<string, string[]>> SameCountry = new(ReadSameCountry);

    /// <summary>The analysed terms that name the same country as <paramref name="term"/> does: "wale" for "welsh", "french" for "franc".</summary>
    /// <remarks>
    /// A question's names must be matched by the sentence or story that answers it, and news writes a country and its people's
    /// adjective for one another ("the Welsh plant", "a factory in north Wales"). Only nationalities.tsv is read here: a seat
    /// of government is a city as well, and "London" is no match for "Britain".
    /// </remarks>
    public static IReadOnlyList<string> SameCountryTerms(string term) => SameCountry.Value.TryGetValue(term, out var same) ? same : [];

    private static Dictionary<string, string[]> ReadSameCountry()
    {
        var pairs = new List<(string, string)>();
        foreach (var (adjective, countries) in Rows(NationalitiesName))
        {
            // Single words only: "South African" is two terms, each of which means other things too.
            var terms = countries.Append(adjective).Where(w => !w.Contains(' ', StringComparison.Ordinal)).SelectMany(EnglishTerms.Analyze).Distinct().ToList();
            pairs.AddRange(terms.SelectMany(a => terms.Where(b => b != a).Select(b => (a, b))));
        }

        return pairs.GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.Select(p => p.Item2).Distinct().ToArray(), StringComparer.Ordinal);
    }

    private static List<(string Seat, string[] Countries)> Read() => [.. Rows(ResourceName), .. Rows(NationalitiesName)];

    private static IEnumerable<(string Seat, string[] Countries)> Rows(string resource) =>
        EmbeddedTable.Rows(resource).Select(r => r.Line.Split('\t')).Where(f => f.Length == 2).Select(f => (f[0], f[1].Split('|')));
}
