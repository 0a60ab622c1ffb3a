using System.Text.RegularExpressions;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Re-spells a name of the question that no article uses when a retrieved passage has a name one slip away ("Frensh" → "French").</summary>
/// <remarks>
/// A name no article mentions means the articles do not cover the question, so a typo in a name ("Milennium
/// Bridge", "Kievian force", "Brainbridge's ledgers") would be refused however well the rest matches. About one
/// squad-b question in a hundred has one. A name is re-spelled only when it is long enough that one slip
/// (a letter added, dropped, changed, or two swapped) or a letter moved ("Ghengis") rarely turns one real name into
/// another, the corpus never uses it, and the retrieved passages hold exactly one capitalised word that close, so "Iraq"
/// is never read as "Iran" (too short) and a made-up name stays unknown. A short name (four or five letters) is re-spelled
/// only for two neighbouring letters swapped ("Hamaz" → "Hamza"), which keeps every letter. A name is also joined to the capitalised word before it
/// when the passages write the two as one word ("Time Warner" in a question, "TimeWarner" in the story), and split in
/// two when they write it as two ("Superbowl" in a question, "Super Bowl" in the story).
/// </remarks>
public static partial class Misspellings
{
    /// <summary>The shortest name that is re-spelled for any one slip or a moved letter.</summary>
    public const int MinLength = 6;

    /// <summary>
    /// The shortest name that is re-spelled when two neighbouring letters are swapped ("Hamaz" → "Hamza", "TEFU" → "TFEU"):
    /// a swap keeps every letter, so unlike a changed letter ("Iraq", "Iran") it seldom turns one real short name into another.
    /// </summary>
    public const int MinSwapLength = 4;

    /// <summary>
    /// The question with each long name the corpus never uses replaced by the one capitalised word of <paramref name="passages"/>
    /// a slip away, joined to the name before it when the passages write the two as one word, or split when they write it
    /// as two; null when nothing changes.
    /// </summary>
    public static string? Correct(string question, ITermStatistics corpus, IEnumerable<string> passages)
    {
        var unknown = Candidates(question).Where(n => EnglishTerms.Analyze(n).All(t => corpus.DocumentFrequency(t) == 0)).ToList();
        if (unknown.Count == 0)
        {
            return null;
        }

        var texts = passages.ToList();
        var written = CapitalisedWords(texts);
        string corrected = Split(Joined(question, unknown, written), unknown, CapitalisedPairs(texts));
        foreach (var name in unknown.Where(n => Contains(corrected, n)))
        {
            string key = Folding.Fold(name);
            var close = written.Where(w => Close(name, key, w.Key)).ToList();
            if (close.Count == 1)
            {
                corrected = Regex.Replace(corrected, WholeWord(name), close[0].Value);
            }
        }

        return corrected == question ? null : corrected;
    }

    // A passage's word the unknown name may be a slip of: any one slip or a moved letter for a long name, two neighbours
    // swapped for a short one.
    private static bool Close(string name, string key, string word) =>
        word != key && (name.Length >= MinLength ? WithinOneSlip(key, word) || LetterMoved(key, word) : NeighboursSwapped(key, word));

    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by swapping two neighbouring letters, and only so.</summary>
    public static bool NeighboursSwapped(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        return SwappedAt(a, b, a.AsSpan().CommonPrefixLength(b));
    }

    // Two strings of one length, alike before index i, that differ only by the letters at i and i + 1 changing places.
    private static bool SwappedAt(string a, string b, int i) =>
        i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));

    // "Time Warner" over stories that write "TimeWarner": a name no article uses, and the capitalised word before it,
    // that the passages write as one word.
    private static string Joined(string question, List<string> unknown, Dictionary<string, string> written)
    {
        var names = CapitalisedWord().Matches(question).ToList();
        for (int i = names.Count - 1; i > 0; i--)
        {
            var (first, second) = (names[i - 1], names[i]);
            bool adjacent = question.AsSpan(first.Index + first.Length, second.Index - first.Index - first.Length).IsWhiteSpace();
            if (adjacent && unknown.Contains(second.Value, StringComparer.Ordinal) && written.TryGetValue(Folding.Fold(first.Value + second.Value), out var joined))
            {
                question = string.Concat(question.AsSpan(0, first.Index), joined, question.AsSpan(second.Index + second.Length));
            }
        }

        return question;
    }

    // "Superbowl" over stories that write "Super Bowl": a long name no article uses that the passages write as two
    // capitalised words.
    private static string Split(string question, List<string> unknown, Dictionary<string, string> pairs)
    {
        foreach (var name in unknown.Where(n => n.Length >= MinLength && Contains(question, n)))
        {
            if (pairs.TryGetValue(Folding.Fold(name), out var split))
            {
                question = Regex.Replace(question, WholeWord(name), split);
            }
        }

        return question;
    }

    // Each two capitalised words written one after the other in the passages, keyed by their folded form run together.
    private static Dictionary<string, string> CapitalisedPairs(IEnumerable<string> passages)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match pair in passages.SelectMany(p => CapitalisedPair().Matches(p)))
        {
            var (first, second) = (pair.Groups[1].Value, pair.Groups[2].Value);
            pairs.TryAdd(Folding.Fold(first + second), $"{first} {second}");
        }

        return pairs;
    }

    private static bool Contains(string text, string name) => Regex.IsMatch(text, WholeWord(name));

    /// <summary>A pattern for <paramref name="word"/> as a whole word: no letter on either side.</summary>
    internal static string WholeWord(string word) => $@"(?<!\p{{L}}){Regex.Escape(word)}(?!\p{{L}})";

    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool WithinOneSlip(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = a.AsSpan().CommonPrefixLength(b);
        if (i == a.Length || i == b.Length)
        {
            return Math.Abs(a.Length - b.Length) <= 1;
        }

        return a.Length == b.Length
            ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)) || SwappedAt(a, b, i)
            : a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>
    /// True when <paramref name="a"/> becomes <paramref name="b"/> by moving one letter up to three places ("Ghengis" →
    /// "Genghis", "Ghandi" → "Gandhi"): an "h" put on the wrong side of the letters it follows is how names transliterated
    /// into English are most often misspelt, and it is two slips to <see cref="WithinOneSlip"/>.
    /// </summary>
    public static bool LetterMoved(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        int first = a.AsSpan().CommonPrefixLength(b), last = a.Length - 1;
        while (last > first && a[last] == b[last])
        {
            last--;
        }

        int span = last - first;
        if (first == a.Length || span < 2 || span > MaxMove)
        {
            return false;
        }

        // The letters between the first and last difference are the same run shifted one place, with the moved letter at the other end.
        var x = a.AsSpan(first, span + 1);
        var y = b.AsSpan(first, span + 1);
        return (x[0] == y[^1] && x[1..].SequenceEqual(y[..^1])) || (y[0] == x[^1] && y[1..].SequenceEqual(x[..^1]));
    }

    // Further than three places a move is more often another name than a slip.
    private const int MaxMove = 3;

    /// <summary>The names <see cref="Correct"/> may re-spell: capitalised words after the first and the parts of hyphenated ones, without a possessive, long enough.</summary>
    public static IEnumerable<string> Candidates(string question) =>
        QuestionTerms.Names(question).SelectMany(n => QuestionTerms.WithoutPossessive(n).Split('-', StringSplitOptions.RemoveEmptyEntries))
            .Where(n => n.Length >= MinSwapLength).Distinct(StringComparer.Ordinal);

    // Each capitalised word of the passages, keyed by its folded form, as most often written.
    private static Dictionary<string, string> CapitalisedWords(IEnumerable<string> passages) =>
        passages.SelectMany(p => Word().Matches(p).Select(m => m.Value)).Where(w => w.Length >= MinSwapLength && char.IsUpper(w[0]))
            .GroupBy(Folding.Fold).ToDictionary(g => g.Key, g => g.GroupBy(w => w, StringComparer.Ordinal).MaxBy(v => v.Count())!.Key, StringComparer.Ordinal);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<!\p{L})\p{Lu}\p{L}*")]
    private static partial Regex CapitalisedWord();

    // Two capitalised words, found at every start so that pairs overlap: "The Super Bowl" yields "Super Bowl" too.
    [GeneratedRegex(@"(?<!\p{L})(?=(\p{Lu}\p{L}*) (\p{Lu}\p{L}*))")]
    private static partial Regex CapitalisedPair();
}
