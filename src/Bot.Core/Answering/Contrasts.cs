using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Words a claim cannot be swapped for ("open" / "close", "bought" / "sold", "mother" / "father"), from the embedded table contrasts.tsv.</summary>
/// <remarks>
/// The synonym matcher gives a word credit for any word whose encoder vector is close, and opposites and
/// alternatives are as close in those vectors as synonyms: "where does it say Harbour Foods will close 35 stores?"
/// was confirmed by "Harbour Foods also said it would open 35 new stores". A look-up confirms a claim only when
/// the sentence does not say the claim's word's opposite in its place. A question is held to the table too
/// (<see cref="QuestionConditions"/>), except for the sets marked "claims": the two sides of an event, which a question
/// may ask about either way, and the points of the compass.
/// </remarks>
public static partial class Contrasts
{
    private const string ResourceName = "Bot.Core.Answering.contrasts.tsv";
    private static readonly Lazy<(Dictionary<string, List<(int Set, int Side)>> Sides, HashSet<int> ClaimsOnly, HashSet<int> Series)> Table = new(Read);

    /// <summary>
    /// The first word of <paramref name="claim"/> whose opposite <paramref name="sentence"/> says instead (the sentence
    /// holds an opposite and not the word itself, nor the claim the opposite, and does not deny it: "did not close"),
    /// as written in each; null when none.
    /// </summary>
    /// <param name="claim">The claim, or the question when <paramref name="question"/> is set.</param>
    /// <param name="sentence">The sentence that may say the opposite.</param>
    /// <param name="question">
    /// Read <paramref name="claim"/> as a question: it may ask about either side of an event that the sentence reports
    /// ("Who lost to the Panthers?"), and a word of a name is not a word of the question ("North Carolina" against
    /// "western").
    /// </param>
    public static (string Claimed, string Said)? Swapped(string claim, string sentence, bool question = false)
    {
        var claimWords = Words(claim, question);
        var sentenceWords = Words(sentence, question);
        var claimed = claimWords.Select(w => w.Term).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var said = sentenceWords.Select(w => w.Term).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < claimWords.Count; i++)
        {
            var (word, term) = claimWords[i];
            if (term is null || !Table.Value.Sides.TryGetValue(term, out var sides) || (question && InName(claimWords, i)))
            {
                continue;
            }

            if (question)
            {
                sides = sides.Where(s => !Table.Value.ClaimsOnly.Contains(s.Set)).ToList();
            }

            // "its first weekend … into second place" for "its second weekend": the opposite with the question's next word
            // is said of the thing asked, the word itself of something else.
            var (ofSame, other) = OfSameThing(claimWords, i, sentenceWords, sides);
            if (other is not null)
            {
                return (word.TrimEnd('-'), other.TrimEnd('-'));
            }

            // The sentence says the word itself, or says it in other words too ("the most isolated areas were less
            // vulnerable" for "least"); or the claim denies it, so its opposite agrees ("no branch will close" for "all
            // branches stay open").
            if (ofSame || said.Any(t => Meets(sides, t, sameSide: true)) || DeniedInClaim(claimWords, i))
            {
                continue;
            }

            // A word joined to what it is said of ("third-" of "third-quarter") is judged by OfSameThing alone: it is no
            // opposite of "first" in "the Panthers' first touchdown".
            int at = sentenceWords.FindIndex(w => w.Term is { } t && !claimed.Contains(t) && Meets(sides, t, sameSide: false) && !w.Word.EndsWith('-'));
            if (at >= 0 && !(question && InName(sentenceWords, at)) && !Denied(sentenceWords, at) && !Counted(sentenceWords, at)
                && !(Meets(sides.Where(s => Table.Value.ClaimsOnly.Contains(s.Set)), sentenceWords[at].Term!, sameSide: false) && Passive(sentenceWords, at)))
            {
                return (word.TrimEnd('-'), sentenceWords[at].Word);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="sentence"/> says an opposite of <paramref name="word"/> ("open" for "close").</summary>
    public static bool SaysOpposite(string word, string sentence)
    {
        if (Words(word, question: false).Select(w => w.Term).FirstOrDefault(t => t is not null) is not { } term || !Table.Value.Sides.TryGetValue(term, out var sides))
        {
            return false;
        }

        return Words(sentence, question: false).Any(w => w.Term is { } t && t != term && Meets(sides, t, sameSide: false));
    }

    // Of a series (a set marked "series"), the sentence's word followed by the claim's next word ("first weekend" for "second weekend"),
    // when the sentence writes the claim's word only of other things ("second place"); and whether it writes the claim's word
    // of the same thing.
    private static (bool Same, string? Other) OfSameThing(List<(string Word, string? Term)> claimWords, int index, List<(string Word, string? Term)> sentenceWords, List<(int Set, int Side)> sides)
    {
        sides = sides.Where(s => Table.Value.Series.Contains(s.Set)).ToList();
        if (sides.Count == 0 || index + 1 >= claimWords.Count || claimWords[index + 1].Term is not { } next)
        {
            return (false, null);
        }

        // Both sides in the claim ("the third quarter … and in the first quarter?", as a follow-up reads) ask about both.
        var claimed = claimWords.Select(w => w.Term).OfType<string>().ToHashSet(StringComparer.Ordinal);
        bool Before(int k) => k + 1 < sentenceWords.Count && sentenceWords[k + 1].Term == next;
        var at = Enumerable.Range(0, sentenceWords.Count).Where(Before).ToList();
        string joined = $"{claimWords[index].Word}-{claimWords[index + 1].Word}";
        // The word itself of the same thing, or with nothing after it that it could be of ("early in the fourth, the Broncos
        // drove"), or joined to it ("third-quarter").
        bool same = Enumerable.Range(0, sentenceWords.Count).Any(k => sentenceWords[k].Term is { } t && Meets(sides, t, sameSide: true)
                && (k + 1 >= sentenceWords.Count || sentenceWords[k + 1].Term is null || sentenceWords[k + 1].Term == next))
            || sentenceWords.Any(w => w.Word.Equals(joined, StringComparison.OrdinalIgnoreCase));
        int opposite = at.FindIndex(k => sentenceWords[k].Term is { } t && !claimed.Contains(t) && Meets(sides, t, sameSide: false) && !Denied(sentenceWords, k));
        return (same, same || opposite < 0 ? null : sentenceWords[at[opposite]].Word);
    }

    // "Middle East", "North Carolina", "West Ham": a capitalised word beside another (the text's first word aside, which
    // is capitalised anyway) belongs to a name.
    private static bool InName(List<(string Word, string? Term)> words, int index) =>
        Capitalised(words[index].Word)
        && ((index > 1 && Capitalised(words[index - 1].Word)) || (index + 1 < words.Count && Capitalised(words[index + 1].Word)));

    private static bool Capitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    // "does not allow", "never closed": the sentence denies the opposite rather than saying it.
    private static bool Denied(List<(string Word, string? Term)> words, int index) => TwoBefore(words, index).Any(Negation);

    // "no branch will close", "won't ever close": a claim may deny its word further back than a sentence is read.
    private static bool DeniedInClaim(List<(string Word, string? Term)> words, int index) =>
        words.Take(index).TakeLast(3).Select(w => w.Word.ToLowerInvariant()).Any(Negation);

    private static bool Negation(string word) =>
        word is "not" or "never" or "no" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);

    // "with 11 seconds left": a word after a number is what it counts, a unit of time here, not the second of a series.
    private static bool Counted(List<(string Word, string? Term)> words, int index) =>
        index > 0 && words[index - 1].Word.All(char.IsAsciiDigit);

    // The passive before the opposite: "was sold", "had been bought". "The factory was sold to AvtoZAZ" says that AvtoZAZ
    // bought it: in the passive the other side of an event (a set marked "claims") may say the same thing. Not so for
    // other opposites: "was the best example" says "best", and "was closed" says "closed".
    private static bool Passive(List<(string Word, string? Term)> words, int index) =>
        TwoBefore(words, index).Any(w => w is "was" or "were" or "is" or "are" or "be" or "been" or "being" or "get" or "got");

    private static IEnumerable<string> TwoBefore(List<(string Word, string? Term)> words, int index) =>
        words.Take(index).TakeLast(2).Select(w => w.Word.ToLowerInvariant());

    // Whether `term` stands in a set of `sides`: on the same side (says the same) or on another (says the opposite).
    private static bool Meets(IEnumerable<(int Set, int Side)> sides, string term, bool sameSide) =>
        Table.Value.Sides.TryGetValue(term, out var other) && sides.Any(a => other.Any(b => a.Set == b.Set && (a.Side == b.Side) == sameSide));

    // Each word with its analysed term; null for a stop word, which is kept for its place ("was sold").
    // "Last year" dates, "last name" names, and "at least", "most of" and "Most people" count: none is the "last" of
    // "first / last" nor the "most" or "least" of "most / least". "The first Super Bowl in California since 2003" says
    // when the last one was, and "for the first time" that there was none before.
    // "Went up" rises and "gone down" falls: the particle after "go" stands for the verb of the table ("violent crime went up"
    // is not "violent crime falling by 11%"), and "missed out" loses ("Daniel Kerrow missed out on best actor" is not "Daniel
    // Kerrow won best actor").
    // A question's series words are read apart from what they are said of ("third-quarter" as "third-" and "quarter", the
    // hyphen kept as the mark of a word said of the next); a claim's are read whole, as before.
    private static List<(string Word, string? Term)> Words(string text, bool question = false)
    {
        var words = QuestionTerms.Words(text).SelectMany(w => question ? OfSeries(w.Word) : [w.Word]).ToList();
        return words.Select((word, i) => Phrasal(words, i) is { } verb ? ($"{words[i - 1]} {word}", EnglishTerms.Analyze(verb).Single())
            : (word, Idiom(words, i) ? null : EnglishTerms.Analyze(word) is [var term] ? term : null)).ToList();
    }

    // "third-quarter" is "third- quarter": a word of a series joined to what it is said of is read as the two words.
    private static IEnumerable<string> OfSeries(string word) =>
        word.IndexOf('-') is > 0 and var hyphen && EnglishTerms.Analyze(word[..hyphen]) is [var first]
            && Table.Value.Sides.TryGetValue(first, out var sides) && sides.Any(s => Table.Value.Series.Contains(s.Set))
            ? [word[..(hyphen + 1)], word[(hyphen + 1)..]]
            : [word];

    private static string? Phrasal(List<string> words, int i) =>
        i == 0 ? null
        : GoVerb().IsMatch(words[i - 1]) ? words[i].ToLowerInvariant() switch { "up" => "rise", "down" => "fall", _ => null }
        : MissVerb().IsMatch(words[i - 1]) && words[i].Equals("out", StringComparison.OrdinalIgnoreCase) ? "lose"
        : null;

    [GeneratedRegex(@"^(?:will|would|to|may|might|could|shall|should|must|can|cannot)$", RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    [GeneratedRegex(@"^(?:miss|misses|missed|missing)$", RegexOptions.IgnoreCase)]
    private static partial Regex MissVerb();

    [GeneratedRegex(@"^(?:go|goes|going|gone|went)$", RegexOptions.IgnoreCase)]
    private static partial Regex GoVerb();

    private static bool Idiom(List<string> words, int i) => words[i].ToLowerInvariant() switch
    {
        "last" => Is(words, i - 1, "at") || (i + 1 < words.Count && TimeWord().IsMatch(words[i + 1])) || Is(words, i + 1, "name"),
        "least" => Is(words, i - 1, "at"),
        "most" => i == 0 || Is(words, i - 1, "at") || Is(words, i + 1, "of"),
        // "close to 40%", "came close to closure": near, not shut; "will close to visitors" still shuts.
        "close" => Is(words, i + 1, "to") && !(i > 0 && Modal().IsMatch(words[i - 1])),
        "first" => Is(words, i + 1, "time") || words.Skip(i + 1).Take(12).Any(w => w.Equals("since", StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    private static bool Is(List<string> words, int index, string word) =>
        index >= 0 && index < words.Count && words[index].Equals(word, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:year|years|week|weeks|month|months|season|seasons|night|time|times|weekend|summer|winter|spring|autumn|decade|century|minute|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWord();

    private static (Dictionary<string, List<(int Set, int Side)>>, HashSet<int>, HashSet<int>) Read()
    {
        var sides = new Dictionary<string, List<(int Set, int Side)>>(StringComparer.Ordinal);
        var claimsOnly = new HashSet<int>();
        var series = new HashSet<int>();
        int set = 0;
        foreach (var (_, row) in EmbeddedTable.Rows(ResourceName))
        {
            set++;
            var columns = row.Split('\t');
            if (columns.Length > 1 && columns[1].Trim() == "claims")
            {
                claimsOnly.Add(set);
            }

            if (columns.Length > 1 && columns[1].Trim() == "series")
            {
                series.Add(set);
            }

            var alternatives = columns[0].Split('|');
            for (int side = 0; side < alternatives.Length; side++)
            {
                foreach (var term in EnglishTerms.Analyze(alternatives[side]).Distinct(StringComparer.Ordinal))
                {
                    (sides.TryGetValue(term, out var list) ? list : sides[term] = []).Add((set, side));
                }
            }
        }

        return (sides, claimsOnly, series);
    }
}
