using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>
/// The words of the training utterances. A message sharing none of them gives the classifier an empty feature
/// vector, and its "probabilities" are then only the class biases (high for small talk, whose examples are short),
/// so the router treats such a message as unknown instead of trusting that number.
/// </summary>
/// <remarks>
/// <see cref="Fold"/> repairs the two typos that cannot turn one real word into another often enough to matter:
/// stretched letters ("hellooo", "sumarize") and two neighbouring letters swapped ("thnaks"). Anything looser
/// (one letter changed) would turn "coal" into "cool" and a question into small talk.
/// </remarks>
internal sealed partial class KnownWords
{
    private const int MinSwapLength = 4;
    private readonly HashSet<string> words;
    private readonly Dictionary<string, string> byCollapsed;

    public KnownWords(IEnumerable<string> texts, IEnumerable<string> vocabulary)
    {
        words = texts.SelectMany(Split).Concat(vocabulary).ToHashSet(StringComparer.Ordinal);
        byCollapsed = words.GroupBy(Collapse).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
    }

    public bool AnyIn(string text) => Split(text).Any(words.Contains);

    /// <summary>The text with each unknown word replaced by the known word it is a stretched or swapped spelling of.</summary>
    public string Fold(string text) => Word().Replace(text, m => Known(m.Value.ToLowerInvariant()) ?? m.Value);

    private string? Known(string word)
    {
        if (words.Contains(word))
        {
            return null;
        }

        if (byCollapsed.TryGetValue(Collapse(word), out var known))
        {
            return known;
        }

        for (var i = 0; word.Length >= MinSwapLength && i < word.Length - 1; i++)
        {
            var swapped = string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
            if (words.Contains(swapped))
            {
                return swapped;
            }
        }

        return null;
    }

    private static string Collapse(string word) => StretchedLetter().Replace(word, "$1");

    private static IEnumerable<string> Split(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"(\p{L})\1+", RegexOptions.CultureInvariant)]
    private static partial Regex StretchedLetter();
}
