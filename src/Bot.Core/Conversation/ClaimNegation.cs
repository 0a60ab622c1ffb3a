using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>The claim a sentence denies: the same words, with "not" (or "never", "didn't") before one of them on one side only.</summary>
/// <remarks>
/// "Marsh dropped a set" shares every word that matters with "The 22-year-old from Bristol did not drop a set all week", so
/// the word matcher confirmed it. A negation is read only where it bears on a word of the claim, the next two words after
/// it: "the pledge did not go far enough and warned that nurses were leaving" denies going far, not the nurses leaving;
/// "It was not until Koch's 1891 proofs … that …" denies nothing. Measured on squad-b's look-up claims (docs/quality.md).
/// </remarks>
public static partial class ClaimNegation
{
    private const int Reach = 2;

    // "was not identified as a universal force until the work of Isaac Newton": a time, not a denial.
    private const int UntilReach = 8;

    /// <summary>The claim's words that <paramref name="sentence"/> negates where the claim does not (or the other way), and the sentence's words; null when none.</summary>
    public static (string Claimed, string Said)? Contradicted(string claim, string sentence)
    {
        var claimWords = Words(claim);
        var sentenceWords = Words(sentence);
        var claimNegated = Negated(claimWords);
        var sentenceNegated = Negated(sentenceWords);
        foreach (var (stem, said) in sentenceNegated.Where(n => !claimNegated.ContainsKey(n.Key)))
        {
            if (claimWords.FirstOrDefault(w => w.Stem == stem) is { Word: { } claimed })
            {
                return (claimed, said);
            }
        }

        foreach (var (stem, claimed) in claimNegated.Where(n => !sentenceNegated.ContainsKey(n.Key)))
        {
            if (sentenceWords.FirstOrDefault(w => w.Stem == stem) is { Word: { } said })
            {
                return (claimed, said);
            }
        }

        return null;
    }

    // Each word's stem (null for a stop word).
    private static List<(string Word, string? Stem)> Words(string text) =>
        WordPattern().Matches(text).Select(m => (m.Value, EnglishTerms.Analyze(m.Value) is [var stem, ..] ? stem : null)).ToList();

    // The stems of the words a negation bears on, each with the words from the negation to it ("not drop").
    private static Dictionary<string, string> Negated(List<(string Word, string? Stem)> words)
    {
        var negated = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++)
        {
            if (!Negation().IsMatch(words[i].Word) || (i + 1 < words.Count && NotADenial().IsMatch(words[i + 1].Word))
                || words.Skip(i + 1).Take(UntilReach).Any(w => Until().IsMatch(w.Word)))
            {
                continue;
            }

            for (int j = i + 1; j <= Math.Min(words.Count - 1, i + Reach); j++)
            {
                if (words[j].Stem is { } stem)
                {
                    negated.TryAdd(stem, string.Join(' ', words.Skip(i).Take(j - i + 1).Select(w => w.Word)));
                }
            }
        }

        return negated;
    }

    [GeneratedRegex(@"^(not|never|no|cannot|\w+n['’]t)$", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    // "not only … but", "not least": no denial of what follows.
    [GeneratedRegex(@"^(only|just|merely|simply|least|unlike|surprisingly)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotADenial();

    [GeneratedRegex(@"^(until|till)$", RegexOptions.IgnoreCase)]
    private static partial Regex Until();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex WordPattern();
}
