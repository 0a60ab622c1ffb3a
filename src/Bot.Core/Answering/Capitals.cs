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
    private static readonly Lazy<List<(string Seat, string[] Countries)>> SeatRows = new(() => Read("Bot.Core.Answering.capitals.tsv"));

    // A country by another of its names and by its people's adjective ("America": "US"; "French": "France"), from countries.tsv.
    private static readonly Lazy<List<(string Seat, string[] Countries)>> NameRows = new(() => Read("Bot.Core.Answering.countries.tsv"));

    private static readonly Lazy<List<(string Seat, string[] Countries)>> Table = new(() => [.. SeatRows.Value, .. NameRows.Value]);

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

    /// <summary>
    /// The other names of the country <paramref name="name"/> names, as the tables write them ("UK" and "United Kingdom" for
    /// "Britain"; "France" for "French" and "French" for "France"; "United States" … for "Americans"); none when it is no
    /// country's name or adjective there.
    /// </summary>
    /// <remarks>A seat is left out: "prices dropped most in London" is said of the city, not of the UK.</remarks>
    public static IEnumerable<string> OtherNames(string name) =>
        TableName(name) is { } known ? OtherNamesOf.Value[known] : [];

    /// <summary><see cref="OtherNames"/>, each as the index reads it ("uk"; "unit", "kingdom"), worked out once a name.</summary>
    /// <remarks>Only the table's names are kept, so words from readers' questions cannot grow the cache.</remarks>
    public static IReadOnlyList<IReadOnlyList<string>> OtherNameTerms(string name) =>
        TableName(name) is not { } known ? []
        : AnalysedOtherNames.GetOrAdd(known, n => [.. OtherNames(n).Select(other => (IReadOnlyList<string>)EnglishTerms.Analyze(other)).Where(t => t.Count > 0)]);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<string>>> AnalysedOtherNames = new(StringComparer.Ordinal);

    // "Americans" is the people of "American": a plural is read as its adjective when only that is in the table.
    private static string? TableName(string name) =>
        OtherNamesOf.Value.ContainsKey(name) ? name
        : name.Length > 3 && name.EndsWith('s') && OtherNamesOf.Value.ContainsKey(name[..^1]) ? name[..^1] : null;

    // Each name of countries.tsv with its other names, read both ways: a row's name gives its countries, and each of those
    // gives the row's name back ("French": "France", so "France": "French"). A seat's row is not read so: Brussels is the
    // seat of Belgium and of the EU, which are not one another.
    private static readonly Lazy<Dictionary<string, string[]>> OtherNamesOf = new(() =>
    {
        var pairs = NameRows.Value.SelectMany(row => row.Countries.SelectMany(c => new[] { (row.Seat, c), (c, row.Seat) }));
        return pairs.GroupBy(p => p.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Item2).Where(o => o != g.Key).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    });

    /// <summary>True when <paramref name="word"/> is a word of a country, its adjective or its seat as the tables write them ("Norway", "Norwegian", "Oslo"): a place a story names, not the name of a firm or a person.</summary>
    public static bool IsCountry(string word) => Countries.Value.Contains(word);

    /// <summary>True when <paramref name="word"/> is a word of a seat of government ("Oslo", "Ulaanbaatar"): a city, whatever it stands for in news.</summary>
    public static bool IsSeat(string word) => Seats.Value.Contains(word);

    private static readonly Lazy<HashSet<string>> Seats =
        new(() => Table.Value.SelectMany(row => row.Seat.Split(' ')).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<HashSet<string>> Countries =
        new(() => Table.Value.SelectMany(row => row.Countries.Append(row.Seat)).SelectMany(c => c.Split(' ')).ToHashSet(StringComparer.Ordinal));

    // Every question is checked against every seat, so a plain substring test goes first and the pattern only confirms.
    private static bool Contains(string text, string phrase) =>
        text.Contains(phrase, StringComparison.Ordinal) && Regex.IsMatch(text, WholeWords(phrase));

    // Case-sensitive on purpose: "US" is the country, "us" is not.
    private static string WholeWords(string phrase) => $@"(?<![\p{{L}}.]){Regex.Escape(phrase)}(?![\p{{L}}])";

    private static List<(string Seat, string[] Countries)> Read(string resourceName) =>
        EmbeddedTable.Rows(resourceName).Select(r => r.Line.Split('\t')).Where(f => f.Length == 2).Select(f => (f[0], f[1].Split('|'))).ToList();
}
