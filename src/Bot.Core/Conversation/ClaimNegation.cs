using System.Text.RegularExpressions;
using Bot.Core.Answering;
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
        var claimWords = EnglishTerms.StemmedWords(claim);
        var sentenceWords = EnglishTerms.StemmedWords(sentence);
        var claimDenials = SinceUnlessLast(claimWords, Denials(claimWords), sentence);
        var sentenceDenials = SinceUnlessLast(sentenceWords, Denials(sentenceWords), claim);
        // "no branch will close" is what "all branches stay open" says: a denial of a word whose opposite the sentence says agrees.
        var claimNegated = Negated(claimWords, claimDenials);
        var agreeing = claimNegated.Where(n => Contrasts.SaysOpposite(n.Words[(n.Words.LastIndexOf(' ') + 1)..], sentence)).Select(n => n.Denial).ToHashSet();
        claimNegated.RemoveAll(n => agreeing.Contains(n.Denial));
        var sentenceNegated = Negated(sentenceWords, sentenceDenials);
        foreach (var (stem, said) in Unmatched(sentenceNegated, claimNegated))
        {
            if (Affirmed(claim, claimWords, claimDenials, stem) is { } claimed)
            {
                return (claimed, said);
            }
        }

        foreach (var (stem, claimed) in Unmatched(claimNegated, sentenceNegated))
        {
            if (Affirmed(sentence, sentenceWords, sentenceDenials, stem) is { } said)
            {
                return (claimed, said);
            }
        }

        return null;
    }

    // The words one side negates that the other does not, each with its denial's words. A denial that bears on a word the other
    // side denies too is the same denial, in its own words: "owns no firefighting planes" says "has no firefighting aircraft", so
    // the "aircraft" the story goes on to lease is no contradiction.
    private static IEnumerable<(string Stem, string Words)> Unmatched(List<Denied> negated, List<Denied> other)
    {
        var shared = negated.Where(n => other.Any(o => o.Stem == n.Stem)).Select(n => n.Denial).ToHashSet();
        return negated.Where(n => !shared.Contains(n.Denial)).DistinctBy(n => n.Stem).Select(n => (n.Stem, n.Words));
    }

    private sealed record Denied(string Stem, string Words, int Denial);

    // The first word with this stem whose clause denies nothing, as written; null when there is none. Each side words a
    // denial its own way: "won't be charged the extra" is "will not have to pay the higher charge", where "charge" stands
    // five words after its "not"; "patients don't have to take a boat trip" is "without patients having to make a ferry
    // journey". So the other side's word counts as said only when no denial stands anywhere in its clause.
    private static string? Affirmed(string text, List<(string Word, string? Stem, int Index)> words, List<int> denials, string stem)
    {
        for (int k = 0; k < words.Count; k++)
        {
            if (words[k].Stem == stem && !denials.Any(i => SameClause(text, words[i].Index, words[k].Index)))
            {
                return words[k].Word;
            }
        }

        return null;
    }

    private static bool SameClause(string text, int a, int b) =>
        !ClauseBreak().IsMatch(text[Math.Min(a, b)..Math.Max(a, b)]);

    // Where the negations that deny what follows stand: not "not only", nor "not … until".
    private static List<int> Denials(List<(string Word, string? Stem, int Index)> words) =>
        Enumerable.Range(0, words.Count).Where(i => (Negation().IsMatch(words[i].Word) || FailedTo(words, i)) && !(i + 1 < words.Count && NotADenial().IsMatch(words[i + 1].Word))
            && !words.Skip(i + 1).Take(UntilReach).Any(w => Until().IsMatch(w.Word))).ToList();

    // "hadn't cleared rubber off the runway since autumn 2024" is what "had last removed rubber from the runway in October
    // 2024" says, and "has not been seen since Tuesday" what "was last seen on Tuesday" says: a denial up to a time is no
    // denial of the other side when that side says when it last happened.
    private static List<int> SinceUnlessLast(List<(string Word, string? Stem, int Index)> words, List<int> denials, string other) =>
        !LastHappened().IsMatch(other) ? denials
        : denials.Where(i => !words.Skip(i + 1).Take(UntilReach).Any(w => w.Word.Equals("since", StringComparison.OrdinalIgnoreCase))).ToList();

    // The stems of the words a negation bears on, each with the words from the negation to it ("not drop"). An auxiliary
    // is passed over: in "hasn't been seen" and "will not have to pay" the denial bears on "seen" and "pay".
    private static List<Denied> Negated(List<(string Word, string? Stem, int Index)> words, List<int> denials)
    {
        var negated = new List<Denied>();
        foreach (int i in denials)
        {
            for (int j = i + 1, reached = 0; j < words.Count && reached < Reach; j++)
            {
                if (Auxiliary().IsMatch(words[j].Word))
                {
                    continue;
                }

                reached++;
                if (words[j].Stem is { } stem)
                {
                    negated.Add(new Denied(stem, string.Join(' ', words.Skip(i).Take(j - i + 1).Select(w => w.Word)), i));
                }

                // "not having enough land" denies that there is enough, not that there is land: the story's "shortfall in the
                // supply of housing land" says the same.
                if (Measure().IsMatch(words[j].Word))
                {
                    break;
                }
            }
        }

        return negated;
    }

    // "had failed to declare" is "had not declared": one side may deny with a verb ("failed to", "refused to"), the other with "not".
    private static bool FailedTo(List<(string Word, string? Stem, int Index)> words, int i) =>
        i + 1 < words.Count && FailedVerb().IsMatch(words[i].Word) && words[i + 1].Word.Equals("to", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(fail|fails|failed|failing|refuse|refuses|refused|refusing|decline|declines|declined|declining|neglected)$", RegexOptions.IgnoreCase)]
    private static partial Regex FailedVerb();

    [GeneratedRegex(@"^(not|never|no|none|cannot|without|\w+n['’]t)$", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    // "not only … but", "not least": no denial of what follows.
    [GeneratedRegex(@"^(only|just|merely|simply|least|unlike|surprisingly)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotADenial();

    [GeneratedRegex(@"^(enough|sufficient|adequate)$", RegexOptions.IgnoreCase)]
    private static partial Regex Measure();

    [GeneratedRegex(@"\b(?:had|has|have|was|were|is|are)\s+(?:been\s+)?last\s+\w+|\blast\s+\w+ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastHappened();

    [GeneratedRegex(@"^(until|till)$", RegexOptions.IgnoreCase)]
    private static partial Regex Until();

    [GeneratedRegex(@"^(be|am|is|are|was|were|been|being|have|has|had|having|do|does|did|will|would|shall|should|can|could|may|might|must|to)$", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    // Where a denial's clause ends: a stop, a comma, a colon or dash, or a word that joins another clause.
    [GeneratedRegex(@"[,;:.!?—–()]|\b(and|but|while|whereas|although|though|yet|because|after|before|which|who|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
