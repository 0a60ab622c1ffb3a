using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Finds a sentence that says what a question says about one name of someone or something else, in its place.</summary>
/// <remarks>
/// SQuAD 2.0's commonest unanswerable question swaps a name for another of the same story: asked "Who stripped the ball
/// from Kubiak on a third-and-nine?", the closest sentence is "Ware stripped the ball from Newton on a third-and-nine".
/// Every other word matches, so the ranker is sure. A story that answers leaves a name out in other ways ("he", "the
/// city"); a different name between the same two words is the swap. Spellings of the same name do not count: one that
/// starts with the same four letters ("Victorian" for "Victoria's", "Caucasus" for "Caucasas"), and an acronym is never
/// held to this, since stories spell it out in many ways ("European Union" for "EU", "American" for "US's").
/// </remarks>
public static class NameSwaps
{
    /// <summary>A name of <paramref name="question"/> that <paramref name="sentence"/> never writes but puts another name in the place of (between the same two words), as written in each; null when none.</summary>
    public static (string Asked, string Said)? Find(string question, string sentence)
    {
        var asked = Words(question);
        var said = Words(sentence);
        var askedFolded = asked.Select(w => w.Folded).ToHashSet(StringComparer.Ordinal);
        var saidFolded = said.Select(w => w.Folded).ToHashSet(StringComparer.Ordinal);
        foreach (var (start, end) in NameRuns(asked))
        {
            if (IsAcronym(Text(asked, start, end)) || Enumerable.Range(start, end - start + 1).Any(i => saidFolded.Contains(asked[i].Folded)))
            {
                continue;
            }

            foreach (var (otherStart, otherEnd) in NameRuns(said))
            {
                if (Enumerable.Range(otherStart, otherEnd - otherStart + 1).All(i => !askedFolded.Contains(said[i].Folded))
                    && SameNeighbours(asked, start, end, said, otherStart, otherEnd)
                    && !SameName(Text(asked, start, end), Text(said, otherStart, otherEnd)))
                {
                    return (Text(asked, start, end), Text(said, otherStart, otherEnd));
                }
            }
        }

        return null;
    }

    private static bool SameNeighbours(List<(string Word, string Folded)> asked, int start, int end, List<(string Word, string Folded)> said, int otherStart, int otherEnd) =>
        start > 0 && otherStart > 0 && end + 1 < asked.Count && otherEnd + 1 < said.Count
        && asked[start - 1].Folded == said[otherStart - 1].Folded && asked[end + 1].Folded == said[otherEnd + 1].Folded;

    // Two spellings of one name start with the same four letters ("Victorian" and "Victoria's", "Caucasus" and "Caucasas").
    internal static bool SameName(string asked, string said)
    {
        string a = Letters(asked);
        string b = Letters(said);
        return a.Length >= 4 && b.Length >= 4 && a[..4] == b[..4];
    }

    private static string Letters(string name) => new(Folding.Fold(name).Where(char.IsLetter).ToArray());

    // "EU", "US's", "USSR": an acronym is often written out another way ("European Union", "American", "Soviet Union").
    internal static bool IsAcronym(string name) => QuestionTerms.WithoutPossessive(name).Where(char.IsLetter).All(char.IsUpper);

    private static string Text(List<(string Word, string Folded)> words, int start, int end) =>
        string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Word));

    // Runs of capitalised words after the first word (which is capitalised anyway), joined by "of" ("Principles of
    // Geology", "Bank of England").
    private static IEnumerable<(int Start, int End)> NameRuns(List<(string Word, string Folded)> words)
    {
        for (int i = 1; i < words.Count; i++)
        {
            if (!IsName(words[i].Word))
            {
                continue;
            }

            int start = i;
            while (i + 1 < words.Count && (IsName(words[i + 1].Word) || (words[i + 1].Word == "of" && i + 2 < words.Count && IsName(words[i + 2].Word))))
            {
                i++;
            }

            yield return (start, i);
        }
    }

    private static bool IsName(string word) => char.IsUpper(word[0]) && word != "I";

    private static List<(string Word, string Folded)> Words(string text) =>
        QuestionTerms.Words(text).Select(w => (w.Word, Folding.Fold(QuestionTerms.WithoutPossessive(w.Word)))).ToList();
}
