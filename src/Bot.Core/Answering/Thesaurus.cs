using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Single words WordNet 3.1 gives as synonyms in a common sense of each ("tiredness" / "fatigue", "cut" / "reduce"), and a verb
/// with the noun for the person who does it ("directed" / "director").</summary>
/// <remarks>
/// Readers ask in their own words. The sentence encoder's word vectors join many such pairs only weakly, so "pilots are
/// worried about tiredness" fell short of "fatigue is a serious concern". The embedded table wordnet-synonyms.tsv keeps a
/// pair only when the sense it shares is among the first two of both words, since rare senses make a thesaurus loose
/// ("go" / "die"). "Who directed the film?" is answered by "Director Marisol Keane said …", so a verb and its agent noun
/// (WordNet derives one from the other, and the noun extends the verb) count as one too. scripts/wordnet-synonyms.py
/// rebuilds the table. Words are compared as analysed terms, so every inflection counts.
/// </remarks>
public static class Thesaurus
{
    private const string ResourceName = "Bot.Core.Answering.wordnet-synonyms.tsv";
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Synonyms = new(Read);

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are different words WordNet gives as synonyms.</summary>
    public static bool Same(string a, string b) =>
        WordTerms.Of(a) is { } x && WordTerms.Of(b) is { } y && x != y && Synonyms.Value.TryGetValue(x, out var set) && set.Contains(y);

    /// <summary>True when WordNet gives <paramref name="word"/> a synonym: an English word, though it may also be a name.</summary>
    public static bool Knows(string word) => WordTerms.Of(word) is { } term && Synonyms.Value.ContainsKey(term);

    private static Dictionary<string, HashSet<string>> Read()
    {
        var synonyms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, line) in EmbeddedTable.Rows(ResourceName))
        {
            var fields = line.Split('\t');
            var words = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var head in EnglishTerms.Analyze(fields[0]))
            {
                var set = synonyms.TryGetValue(head, out var found) ? found : synonyms[head] = new HashSet<string>(StringComparer.Ordinal);
                set.UnionWith(words.SelectMany(EnglishTerms.Analyze).Where(t => t != head));
            }
        }

        return synonyms;
    }
}
