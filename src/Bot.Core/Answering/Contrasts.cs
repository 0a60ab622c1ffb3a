using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Words a claim cannot be swapped for ("open" / "close", "bought" / "sold", "mother" / "father"), from the embedded table contrasts.tsv.</summary>
/// <remarks>
/// The synonym matcher gives a word credit for any word whose encoder vector is close, and opposites and
/// alternatives are as close in those vectors as synonyms: "where does it say Harbour Foods will close 35 stores?"
/// was confirmed by "Harbour Foods also said it would open 35 new stores". A look-up confirms a claim only when
/// the sentence does not say the claim's word's opposite in its place.
/// </remarks>
public static class Contrasts
{
    private const string ResourceName = "Bot.Core.Answering.contrasts.tsv";
    private static readonly Lazy<Dictionary<string, List<(int Set, int Side)>>> Sides = new(Read);

    /// <summary>
    /// The first word of <paramref name="claim"/> whose opposite <paramref name="sentence"/> says instead (the sentence
    /// holds an opposite and not the word itself, nor the claim the opposite), as written in each; null when none.
    /// </summary>
    public static (string Claimed, string Said)? Swapped(string claim, string sentence)
    {
        var claimWords = Words(claim);
        var sentenceWords = Words(sentence);
        var claimed = claimWords.Select(w => w.Term).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var said = sentenceWords.Select(w => w.Term).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (word, term) in claimWords)
        {
            if (term is null || said.Contains(term) || !Sides.Value.TryGetValue(term, out var sides))
            {
                continue;
            }

            int at = sentenceWords.FindIndex(w => w.Term is { } t && !claimed.Contains(t) && Opposes(sides, t));
            if (at >= 0 && !Passive(sentenceWords, at))
            {
                return (word, sentenceWords[at].Word);
            }
        }

        return null;
    }

    // "The factory was sold to AvtoZAZ" says that AvtoZAZ bought it: in the passive the opposite may say the same thing.
    private static bool Passive(List<(string Word, string? Term)> words, int index) =>
        words.Take(index).TakeLast(2).Any(w => w.Word.ToLowerInvariant() is "was" or "were" or "is" or "are" or "be" or "been" or "being" or "get" or "got");

    private static bool Opposes(List<(int Set, int Side)> sides, string term) =>
        Sides.Value.TryGetValue(term, out var other) && sides.Any(a => other.Any(b => a.Set == b.Set && a.Side != b.Side));

    // Each word with its analysed term; null for a stop word, which is kept for its place ("was sold").
    private static List<(string Word, string? Term)> Words(string text) =>
        QuestionTerms.Words(text).Select(w => (w.Word, Terms: EnglishTerms.Analyze(w.Word))).Select(w => (w.Word, w.Terms.Count == 1 ? w.Terms[0] : null)).ToList();

    private static Dictionary<string, List<(int Set, int Side)>> Read()
    {
        var sides = new Dictionary<string, List<(int Set, int Side)>>(StringComparer.Ordinal);
        int set = 0;
        foreach (var (_, line) in EmbeddedTable.Rows(ResourceName))
        {
            set++;
            var alternatives = line.Split('|');
            for (int side = 0; side < alternatives.Length; side++)
            {
                foreach (var term in EnglishTerms.Analyze(alternatives[side]).Distinct(StringComparer.Ordinal))
                {
                    (sides.TryGetValue(term, out var list) ? list : sides[term] = []).Add((set, side));
                }
            }
        }

        return sides;
    }
}
