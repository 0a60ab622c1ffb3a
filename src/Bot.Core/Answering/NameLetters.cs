using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>Adds to a question that names a body in full the letters a story gives it in brackets: "Kgalagadi Copper (KCL)".</summary>
/// <remarks>
/// Stories name a firm once in full and then by its letters: "Kgalagadi Copper Ltd (KCL) has shipped …", and elsewhere "said KCL
/// chief executive Onalenna Kebapetse". Asked "who runs Kgalagadi Copper?", the search weighs the words of the name, which that
/// sentence never writes, so its passage was not found and another body's chairman was quoted. The question is searched with
/// the letters too, and answered as typed (<see cref="Without"/>): the answerer counts each word of a name a sentence misses,
/// so a question with both spellings marks down every sentence that writes one of them (docs/quality.md, fifty-fifth pass).
/// The reverse, letters no article uses, is <see cref="Acronyms"/>.
/// </remarks>
public static partial class NameLetters
{
    /// <summary><paramref name="question"/> with " (LETTERS)" after each name it writes in full that one of <paramref name="passages"/>
    /// writes with its letters in brackets; null when there is none, or the question already writes the letters.</summary>
    /// <remarks>The name is matched in any case, since chat types "kgalagadi copper", and left as typed: the question answered is the
    /// one typed, and capitals given to "hamburg harbour board" made its words names that the answering sentence, which writes
    /// "HHB", was marked down for missing.</remarks>
    public static string? Add(string question, IEnumerable<string> passages)
    {
        string added = question;
        foreach (var (name, letters) in passages.SelectMany(Defined).Distinct())
        {
            // A firm's "Ltd" or "plc" is seldom typed: "kgalagadi copper" is the story's "Kgalagadi Copper Ltd (KCL)".
            string core = FirmEnding().Replace(name, string.Empty);
            string typed = core.Length < name.Length ? $@"\b{Regex.Escape(core)}(?:\s+{Regex.Escape(name[core.Length..].Trim())})?(?!\w)" : $@"\b{Regex.Escape(name)}(?!\w)";
            if (Regex.IsMatch(added, $@"\b{Regex.Escape(letters)}\b") || Regex.Match(added, typed, RegexOptions.IgnoreCase) is not { Success: true } at)
            {
                continue;
            }

            // Before a possessive: "Aegean Star Ferries (ASF)'s chief", so that the name and its letters stay side by side.
            added = added.Insert(at.Index + at.Length, $" ({letters})");
        }

        return added == question ? null : added;
    }

    /// <summary><paramref name="searched"/> without the letters <see cref="Add"/> put in it, which <paramref name="typed"/> does not
    /// write; null when it has none.</summary>
    public static string? Without(string searched, string typed)
    {
        string asked = AddedLetters().Replace(searched, m => typed.Contains(m.Value.Trim(), StringComparison.Ordinal) ? m.Value : string.Empty);
        return asked == searched ? null : asked;
    }

    /// <summary>The names <paramref name="text"/> gives letters to in brackets, with the letters: ("Aegean Star Ferries", "ASF").</summary>
    public static IEnumerable<(string Name, string Letters)> Defined(string text)
    {
        foreach (Match bracket in Bracketed().Matches(text))
        {
            string letters = bracket.Groups["letters"].Value;
            if (NameBefore(text[..bracket.Index].TrimEnd(), letters) is { } name)
            {
                yield return (name, letters);
            }
        }
    }

    // The run of capitalised words that ends where the bracket opens and whose initials spell the letters: the shortest such
    // run, read from as few words back as the letters need and up to three joining words more ("Bank of Japan (BOJ)").
    private static string? NameBefore(string before, string letters)
    {
        var words = Acronyms.Word().Matches(before).ToList();
        for (int back = 1; back <= Math.Min(words.Count, letters.Length + 3); back++)
        {
            int start = words[^back].Index;
            if (Acronyms.SpelledOut(letters, before[start..]) is { } name && start + name.Length == before.Length)
            {
                return name;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\s+(?:Ltd|Limited|plc|PLC|Inc|Corp|LLC|SA|AG|NV|AB|ASA)\.?$")]
    private static partial Regex FirmEnding();

    [GeneratedRegex(@" \([A-Z]{2,6}\)")]
    private static partial Regex AddedLetters();

    // Two to six capitals in brackets, as a story defines its letters: "(ASF)", "(SDTC)", "(UDA)".
    [GeneratedRegex(@"\((?<letters>[A-Z]{2,6})\)")]
    private static partial Regex Bracketed();
}
