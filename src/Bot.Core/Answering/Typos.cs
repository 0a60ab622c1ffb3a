using System.Text.RegularExpressions;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Reads a word typed with a slip ("cheif", "goverment") as the word a retrieved passage writes one slip away ("chief", "government").</summary>
/// <remarks>
/// Readers type fast in a chat. A misspelt word is a question word no sentence holds, and it is often the word the
/// question turns on: "Who is the cheif executive of Harwick Foods?" quoted the firm's consultation with staff. A word is
/// read another way only when no article uses it, WordNet does not know it as an English word, it is long enough that
/// one slip (a letter added, dropped, changed, or two swapped) rarely turns one word into another, and the retrieved
/// passages hold exactly one word that close. A name typed with its capital is left to <see cref="Misspellings"/>; one
/// typed in lower case ("milennium", "feild") takes a capitalised word's spelling only when no lower-case word is that close, and is
/// held to what a name may differ by, as there: a name one letter away can be someone else.
/// </remarks>
public static partial class Typos
{
    /// <summary>The shortest word that is re-spelled.</summary>
    public const int MinLength = 5;

    // English words WordNet does not list, since it lists no grammatical words: "would" is not a slip for "could".
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "would", "could", "should", "shall", "might", "where", "which", "whose", "whom", "while", "there", "their", "theirs",
        "these", "those", "about", "after", "before", "since", "until", "unless", "whether", "though", "although",
        "because", "among", "amongst", "between", "through", "throughout", "towards", "toward", "under", "upon", "within",
        "without", "against", "during", "other", "others", "every", "anyone", "anybody", "someone", "somebody", "yours",
        "ourselves", "themselves", "itself", "himself", "herself", "myself", "yourself", "whatever", "whoever",
        "whichever", "wherever", "whenever", "however",
    };

    /// <summary>The words <see cref="Correct"/> may re-spell: the question's words in lower case, long enough, that WordNet does not list (<see cref="EnglishWords"/>).</summary>
    public static IReadOnlyList<string> Candidates(string question) =>
        LowerWord().Matches(question).Select(m => m.Value).Where(w => w.Length >= MinLength && !EnglishWords.Knows(w) && !FunctionWords.Contains(w))
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The question with each word the corpus never uses replaced by the one word of <paramref name="passages"/> a slip away; null when nothing changes.</summary>
    public static string? Correct(string question, ITermStatistics corpus, IEnumerable<string> passages)
    {
        var unknown = Candidates(question).Where(w => EnglishTerms.Analyze(w) is { Count: > 0 } terms && terms.All(t => corpus.DocumentFrequency(t) == 0)).ToList();
        if (unknown.Count == 0)
        {
            return null;
        }

        var texts = passages.ToList();
        var written = texts.SelectMany(p => LowerWord().Matches(p).Select(m => m.Value)).Where(w => w.Length >= MinLength - 1)
            .ToHashSet(StringComparer.Ordinal);
        var names = texts.SelectMany(p => NameWord().Matches(p).Select(m => m.Value)).Where(w => w.Length >= Misspellings.MinLength - 1)
            .ToHashSet(StringComparer.Ordinal);
        string corrected = question;
        foreach (var word in unknown)
        {
            var close = written.Where(w => w != word && Misspellings.WithinOneSlip(word, w)).ToList();
            // A name typed in lower case with a slip ("milennium"), held to what Misspellings allows a name: one slip from six
            // letters, and below that only two neighbouring letters swapped ("the long feild" for the film "The Long Field").
            if (close.Count == 0)
            {
                close = names.Where(n => word.Length >= Misspellings.MinLength ? Misspellings.WithinOneSlip(word, n.ToLowerInvariant())
                    : Misspellings.NeighboursSwapped(word, n.ToLowerInvariant())).ToList();
            }

            if (close.Count == 1)
            {
                corrected = Regex.Replace(corrected, Misspellings.WholeWord(word), close[0]);
            }
        }

        return corrected == question ? null : corrected;
    }

    // A word with a capital, as the passages write a name.
    [GeneratedRegex(@"(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?![\p{L}'’-])")]
    private static partial Regex NameWord();

    // A word written in lower case: a name's capital leaves it to Misspellings.
    [GeneratedRegex(@"(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])")]
    private static partial Regex LowerWord();
}
