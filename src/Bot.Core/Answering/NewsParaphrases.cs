using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Words news stories use for one another ("asked" / "sought", "killed" / "died"), from the embedded table newswords.tsv.</summary>
/// <remarks>
/// The synonym matcher credits a question word by its encoder vector's closeness to a sentence's words; for some of the
/// commonest paraphrases in news that closeness is weak, so "What did Iran ask Pakistan for?" missed "Iran sought
/// cooperation from Pakistan". Words of one set are compared as analysed terms, so every inflection counts.
/// </remarks>
public static class NewsParaphrases
{
    private const string ResourceName = "Bot.Core.Answering.newswords.tsv";
    private static readonly Lazy<Dictionary<string, int>> Sets = new(Read);
    private static readonly Lazy<ILookup<int, string>> Members = new(() => Sets.Value.ToLookup(p => p.Value, p => p.Key));

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are different words of one set.</summary>
    public static bool Same(string a, string b) =>
        Set(a) is int x && Set(b) is int y && x == y;

    /// <summary>The analysed terms of the other words of <paramref name="word"/>'s set; none when it is in no set.</summary>
    public static IEnumerable<string> OtherTerms(string word) =>
        WordTerms.Of(word) is { } term && Sets.Value.TryGetValue(term, out int set) ? Members.Value[set].Where(t => t != term) : [];

    private static int? Set(string word) => WordTerms.Of(word) is { } term && Sets.Value.TryGetValue(term, out int set) ? set : null;

    private static Dictionary<string, int> Read()
    {
        var sets = new Dictionary<string, int>(StringComparer.Ordinal);
        int number = 0;
        foreach (var (_, line) in EmbeddedTable.Rows(ResourceName))
        {
            number++;
            foreach (var term in EnglishTerms.Analyze(line))
            {
                sets.TryAdd(term, number);
            }
        }

        return sets;
    }
}
