using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>
/// The words of the training utterances. A message sharing none of them gives the classifier an empty feature
/// vector, and its "probabilities" are then only the class biases (high for small talk, whose examples are short),
/// so the router treats such a message as unknown instead of trusting that number.
/// </summary>
internal sealed partial class KnownWords(IEnumerable<string> texts)
{
    private readonly HashSet<string> words = texts.SelectMany(Split).ToHashSet(StringComparer.Ordinal);

    public bool AnyIn(string text) => Split(text).Any(words.Contains);

    private static IEnumerable<string> Split(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
