using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Gives a question typed all in lower case the capitals of the names the articles write ("what did diego ruiz say" → "what did Diego Ruiz say").</summary>
/// <remarks>
/// Names are how the bot tells a question the articles cannot answer: a name no article uses means "not covered", and a
/// named speaker whose words no story reports is not quoted. Readers in a chat often type without capitals, and then
/// nothing in "what did diego ruiz say" is a name, so the bot quoted what someone else said. A word of an all-lower-case
/// question that the retrieved passages write only with a capital, and not just at the start of a sentence, is written
/// that way, unless WordNet gives it a synonym as an English word ("base" in "Shamsi Air Base", "team", "pay"): a common
/// word is no name, whatever the passages' titles. Nothing else is guessed: a word no article uses may as well be an
/// English word the articles happen not to use, and taking one beside a name for a surname ("smith" beside "john")
/// refused "who led the afghan army team …?" for "Team".
/// </remarks>
public static partial class Truecase
{
    /// <summary>The question with the capitals <paramref name="passages"/> give its names; null when it is not all lower case or nothing changes.</summary>
    public static string? Recase(string question, IEnumerable<string> passages)
    {
        if (!AllLowerCase(question))
        {
            return null;
        }

        var written = Capitalised(passages);
        var words = Word().Matches(question).ToList();
        var names = words.Select(w => written.GetValueOrDefault(Folding.Fold(w.Value))).ToArray();
        string recased = question;
        for (int i = words.Count - 1; i >= 0; i--)
        {
            if (names[i] is { } name)
            {
                recased = string.Concat(recased.AsSpan(0, words[i].Index), name, recased.AsSpan(words[i].Index + words[i].Length));
            }
        }

        return recased == question ? null : recased;
    }

    /// <summary>Whether <paramref name="passages"/> write <paramref name="word"/> as a name: with a capital inside a sentence, and never without one.</summary>
    public static bool WritesAsName(string word, IEnumerable<string> passages) =>
        Capitalised(passages).ContainsKey(Folding.Fold(QuestionTerms.WithoutPossessive(word)));

    private static bool AllLowerCase(string question) => !question.Any(char.IsUpper) && question.Any(char.IsLetter);

    // Each word the passages write with a capital inside a sentence and never without one, keyed by its folded form.
    private static Dictionary<string, string> Capitalised(IEnumerable<string> passages)
    {
        var upper = new Dictionary<string, string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in passages)
        {
            foreach (Match word in Word().Matches(text))
            {
                string key = Folding.Fold(word.Value);
                if (!char.IsUpper(word.Value[0]))
                {
                    lower.Add(key);
                }
                else if (!SentenceStart(text, word.Index) && EnglishTerms.Analyze(word.Value).Count > 0 && !Thesaurus.Knows(word.Value))
                {
                    upper.TryAdd(key, word.Value);
                }
            }
        }

        return upper.Where(p => !lower.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    // The first word of the text, or one after a full stop, question or exclamation mark, or a quotation mark that opens.
    private static bool SentenceStart(string text, int index)
    {
        int i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '‘' or '\'' or '('))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '?' or '!' or ':';
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Word();
}
