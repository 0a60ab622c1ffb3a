using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>"What does LEM stand for?": the acronym a question asks to have spelled out, and the sentence that spells it out.</summary>
/// <remarks>
/// The answer is the phrase a story writes right beside the letters ("a Lunar Excursion Module (LEM) contractor", "the FIS
/// or Front Islamique de Salut"). The ranker reads such a sentence as a poor match: the question's other words ("acronym",
/// "stand for") are in no sentence, and the expansion shares nothing with the question. So the question was refused, or
/// answered with another sentence that mentions the letters.
/// </remarks>
public static partial class AcronymQuestion
{
    // Words between an acronym and its spelling-out: "Lunar Excursion Module (LEM)", "quantum electrodynamics (or QED)".
    private static readonly HashSet<string> Between = new(StringComparer.OrdinalIgnoreCase) { "or", "the" };

    /// <summary>The acronym <paramref name="question"/> asks to have spelled out, or null when it asks something else.</summary>
    public static string? Asked(string question) => StandsFor().Match(question) is { Success: true } m ? m.Groups["a"].Value : null;

    /// <summary>The phrase of <paramref name="sentence"/> written right beside <paramref name="acronym"/> whose initials spell it; null when there is none.</summary>
    public static string? SpelledOutBeside(string acronym, string sentence)
    {
        string letters = acronym.EndsWith('s') && acronym.Length > 2 ? acronym[..^1] : acronym;
        var words = Acronyms.Word().Matches(sentence).ToList();
        for (int k = 0; k < words.Count; k++)
        {
            if (!words[k].Value.Equals(acronym, StringComparison.Ordinal))
            {
                continue;
            }

            if ((Before(words, k, letters) ?? After(words, k, letters)) is { } phrase)
            {
                return sentence[phrase.Start..phrase.End];
            }
        }

        return null;
    }

    // A run of words that ends just before the acronym (after "or"/"the" at most) and spells it.
    private static (int Start, int End)? Before(List<Match> words, int acronym, string letters)
    {
        int last = acronym - 1;
        while (last >= 0 && Between.Contains(words[last].Value))
        {
            last--;
        }

        // The longest run first: "Front Islamique de Salut" rather than "Front Islamique", whose "s" is inside a word. A run
        // opens with a word that gives a letter: "the Times" does not spell TT.
        for (int start = Math.Max(0, last - (2 * letters.Length)); start <= last; start++)
        {
            if (!Acronyms.Joiners.Contains(words[start].Value) && Spells(words, start, last, letters))
            {
                return (words[start].Index, words[last].Index + words[last].Length);
            }
        }

        return null;
    }

    // A run of words that starts just after the acronym (after "or"/"the" at most) and spells it.
    private static (int Start, int End)? After(List<Match> words, int acronym, string letters)
    {
        int first = acronym + 1;
        while (first < words.Count && Between.Contains(words[first].Value))
        {
            first++;
        }

        for (int last = Math.Min(words.Count - 1, first + (2 * letters.Length)); last >= first; last--)
        {
            if (!Acronyms.Joiners.Contains(words[last].Value) && Spells(words, first, last, letters))
            {
                return (words[first].Index, words[last].Index + words[last].Length);
            }
        }

        return null;
    }

    // True when words[start..last], two or more, spell the letters: each word (or hyphenated part) but a joining word
    // after the first gives its initial, in either case, and may give later letters of its own in order ("quantum
    // electrodynamics", QED).
    private static bool Spells(List<Match> words, int start, int last, string letters)
    {
        // A joining part of a hyphenated name gives none either: "Tehreek-e-Taliban Pakistan" (TTP).
        var parts = words.Skip(start).Take(last - start + 1).Select(w => w.Value)
            .Where((w, i) => i == 0 || !Acronyms.Joiners.Contains(w))
            .SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries).Where((p, i) => i == 0 || !IsParticle(p))).ToList();
        // One word is not a spelling-out, though its letters may spell the acronym ("Lem (LEM)").
        return parts.Count >= 2 && Spells(parts, 0, letters, 0);
    }

    private static bool IsParticle(string part) => part.Length <= 2 && part.All(char.IsLower);

    private static bool Spells(List<string> parts, int part, string letters, int matched)
    {
        if (part == parts.Count)
        {
            return matched == letters.Length;
        }

        string word = parts[part];
        if (matched == letters.Length || char.ToUpperInvariant(word[0]) != char.ToUpperInvariant(letters[matched]))
        {
            return false;
        }

        // The initial, then each further letter of the acronym found later in the same word, earliest first.
        matched++;
        for (int at = 1; ; at++)
        {
            if (Spells(parts, part + 1, letters, matched))
            {
                return true;
            }

            if (matched == letters.Length || (at = word.IndexOf(letters[matched].ToString(), at, StringComparison.OrdinalIgnoreCase)) < 0)
            {
                return false;
            }

            matched++;
        }
    }

    // "What does (the acronym) LEM stand for?", "What did the LMP acronym stand for …?", "What is QED short for?", "What is the
    // full form of ISAF?". The acronym has at least two capitals, so "What does it stand for?" asks about a stance.
    [GeneratedRegex(@"\b(?i:what\s+(?:does|did|do|is|was|are|were)\s+(?:the\s+)?(?:(?:acronym|abbreviation|initials|letters)\s+)?)(?<a>\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*)(?i:(?:\s+(?:acronym|abbreviation|initials))?\s+(?:stand|short)\s+for)\b|\b(?i:what\s+(?:is|was|are)\s+the\s+(?:full\s+(?:name|form)|expansion)\s+of\s+(?:the\s+)?)(?<a>\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*)")]
    private static partial Regex StandsFor();
}
