using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>A sentence that names a claim's two parties the other way round: "Redmarsh United came from behind to beat Kingsford City" for "Kingsford City beat Redmarsh United".</summary>
/// <remarks>
/// Both names and the verb are there, so the word matcher confirmed the claim in full. The claim's first and last names
/// and the words between them (the verb: "beat", "bought", "sued") are read; a sentence that holds both names with that
/// verb between them says who did it to whom. A "by" between turns it round ("Kingsford were beaten by Redmarsh"), on
/// either side. A link that reads both ways ("drew with", "met", "A and B") is left alone, as is a sentence whose names
/// hold no word of the link, or stand far apart unless a clause of the subject's leads to the other ("Carrow United reached
/// the final for the first time in 16 years after beating Harwick Rovers").
/// </remarks>
public static partial class ClaimRoles
{
    private const int MostLinkWords = 4;
    private const int MostWordsBetween = 8;

    /// <summary>The claim as it names its parties and the sentence as it names them the other way round; null when the sentence does not reverse them.</summary>
    public static (string Claimed, string Said)? Reversed(string claim, string sentence)
    {
        var claimWords = QuestionTerms.Words(claim).Select(w => w.Word).ToList();
        var runs = NameRuns(claimWords);
        if (runs.Count < 2)
        {
            return null;
        }

        // The other party is the next name the verb reaches: "the Dolphins beating the Cowboys in Townsville" names a place last.
        var words = QuestionTerms.Words(sentence).Select(w => w.Word).ToList();
        return runs.Skip(1).Select(other => Reversed(claimWords, runs[0], other, words)).FirstOrDefault(r => r is not null);
    }

    // The claim's parties <paramref name="agent"/> and <paramref name="other"/> against the sentence's <paramref name="words"/>.
    private static (string Claimed, string Said)? Reversed(List<string> claimWords, (int Start, int Length) agent, (int Start, int Length) other, List<string> words)
    {
        var link = claimWords[(agent.Start + agent.Length)..other.Start];
        if (link.Count is 0 or > MostLinkWords || link.Any(w => ReadsBothWays().IsMatch(w)))
        {
            return null;
        }

        var linkTerms = link.Where(w => !By(w)).SelectMany(EnglishTerms.Analyze).ToHashSet(StringComparer.Ordinal);
        int agentAt = Find(words, claimWords.GetRange(agent.Start, agent.Length));
        int otherAt = Find(words, claimWords.GetRange(other.Start, other.Length));
        if (linkTerms.Count == 0 || agentAt < 0 || otherAt < 0)
        {
            return null;
        }

        int first = Math.Min(agentAt, otherAt);
        int last = Math.Max(agentAt, otherAt);
        var between = words[(first + (first == agentAt ? agent.Length : other.Length))..last];
        // "reassigned … Shea, replacing him with George Low": the verb's object is a pronoun, so neither name is its doer.
        if (between.Any(w => ObjectPronoun().IsMatch(w)))
        {
            return null;
        }

        bool linked = between.Count <= MostWordsBetween
            ? between.SelectMany(EnglishTerms.Analyze).Any(t => linkTerms.Any(l => SameVerb(l, t)))
            : OpensOn(words, first) && SubjectClause(between, linkTerms);
        if (!linked)
        {
            return null;
        }

        // The doer stands first unless "by" comes between: claim and sentence must agree on who it is.
        bool claimSaysAgent = !link.Any(By);
        bool sentenceSaysAgent = (agentAt < otherAt) != between.Any(By);
        return claimSaysAgent == sentenceSaysAgent ? null
            : (string.Join(' ', claimWords[agent.Start..(other.Start + other.Length)]), string.Join(' ', words[first..(last + (last == agentAt ? agent.Length : other.Length))]));
    }

    /// <summary>
    /// The claim's first party, which the sentence never names, and what the sentence says of its last party instead:
    /// "the Conservatives took Wrexham North from Labour" is not made by "On the same night, Labour held Wrexham North".
    /// </summary>
    /// <remarks>
    /// The claim's other names and words are there, and the subject may be written earlier in the story, so the word matcher
    /// confirmed it. But a sentence whose first word of the claim is its last party tells what that party did; the doer the
    /// claim names (or the news words for it: "the Tories") is nowhere in it. A "by" in either keeps it: a passive names
    /// its doer last.
    /// </remarks>
    public static (string Claimed, string Said)? OtherDoer(string claim, string sentence)
    {
        var claimWords = QuestionTerms.Words(claim).Select(w => w.Word).ToList();
        var runs = NameRuns(claimWords);
        if (runs.Count < 2 || runs[0].Start > 1 || (runs[0].Start == 1 && !claimWords[0].Equals("the", StringComparison.OrdinalIgnoreCase)) || claimWords.Any(By))
        {
            return null;
        }

        var (doer, other) = (claimWords.GetRange(runs[0].Start, runs[0].Length), claimWords.GetRange(runs[^1].Start, runs[^1].Length));
        var words = QuestionTerms.Words(sentence).Select(w => w.Word).ToList();
        int otherAt = Find(words, other);
        if (otherAt < 0 || Named(words, doer) || words.Skip(otherAt).Take(MostLinkWords).Any(By))
        {
            return null;
        }

        // Nothing else of the claim comes before the other party: the sentence opens its telling on it.
        var claimTerms = claimWords.Take(runs[^1].Start).SelectMany(EnglishTerms.Analyze).ToHashSet(StringComparer.Ordinal);
        return words.Take(otherAt).SelectMany(EnglishTerms.Analyze).Any(claimTerms.Contains) ? null
            : (string.Join(' ', claimWords), string.Join(' ', words.Skip(otherAt).Take(other.Count + MostLinkWords)));
    }

    /// <summary>
    /// The claim's winner, whom the sentence names as beaten, or its loser, whom the sentence names as winning: "Kaunas Ąžuolas
    /// won the final" is not made by "Riga Daugava won the Amber Basketball League …, beating Kaunas Ąžuolas 84-79", nor "the
    /// Hammerheads losing to the Wolves" by "… gave the Hammerheads a 27–24 win over the Waimaru Wolves".
    /// </summary>
    /// <remarks>Reversed needs both parties around the claim's verb; a claim of who won often names one party and a title.</remarks>
    public static (string Claimed, string Said)? Beaten(string claim, string sentence)
    {
        var claimWords = QuestionTerms.Words(claim).Select(w => w.Word).ToList();
        var words = QuestionTerms.Words(sentence).Select(w => w.Word).ToList();
        foreach (var run in NameRuns(claimWords))
        {
            int after = run.Start + run.Length;
            bool won = after < claimWords.Count && Wins().IsMatch(claimWords[after]);
            bool lost = after < claimWords.Count && Loses().IsMatch(claimWords[after]);
            int at = won || lost ? Find(words, claimWords.GetRange(run.Start, run.Length)) : -1;
            if (at < 0)
            {
                continue;
            }

            var told = won ? BeatenAt(words, at, run.Length) : WinningAt(words, at + run.Length);
            if (told is { } span)
            {
                return (string.Join(' ', claimWords[run.Start..(after + 1)]), string.Join(' ', words[span.Start..span.End]));
            }
        }

        return null;
    }

    // The words that name the party at <paramref name="at"/> as beaten ("beating Kaunas", "a win over the Wolves"), or null.
    // "over" only after a win: "concerns over Kaunas" beat no one.
    private static (int Start, int End)? BeatenAt(List<string> words, int at, int length)
    {
        int before = at > 0 && words[at - 1].Equals("the", StringComparison.OrdinalIgnoreCase) ? at - 2 : at - 1;
        bool beaten = before >= 0 && (Defeats().IsMatch(words[before])
            || (words[before].Equals("over", StringComparison.OrdinalIgnoreCase) && before > 0 && WonIn().IsMatch(words[before - 1])));
        return beaten ? (before, at + length) : null;
    }

    // The words right after a party that tell it won ("the Hammerheads a 27–24 win over"), or null. Not "went", which a
    // claim's winner may do ("went through") but a sentence's loser does too ("went down 27–24").
    private static (int Start, int End)? WinningAt(List<string> words, int from)
    {
        int win = words.Skip(from).Take(MostLinkWords).ToList().FindIndex(w => WonIn().IsMatch(w));
        return win < 0 ? null : (from - 1, from + win + 1);
    }

    // "Carrow United reached the cup final for the first time in 16 years after beating Harwick Rovers": however far apart,
    // a clause that opens "after beating" just before the other party tells what the sentence's subject did.
    private static bool SubjectClause(List<string> between, HashSet<string> linkTerms) =>
        between.Count >= 2 && Subordinator().IsMatch(between[^2])
        && EnglishTerms.Analyze(between[^1]).Any(t => linkTerms.Any(l => SameVerb(l, t)));

    // The name at <paramref name="at"/> is the sentence's subject: only a dateline ("CADDON, March 9 -") or "The" comes before it.
    private static bool OpensOn(List<string> words, int at) =>
        words.Take(at).All(w => w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.All(c => !char.IsLetter(c) || char.IsUpper(c))
            || DatelineWord().IsMatch(w));

    // The doer written in the sentence, by any word of its name or by the news words for it ("Tories" for "Conservatives").
    private static bool Named(List<string> words, List<string> name)
    {
        var written = words.Select(QuestionTerms.WithoutPossessive).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stems = words.SelectMany(EnglishTerms.Analyze).ToHashSet(StringComparer.Ordinal);
        return name.Any(w => written.Contains(QuestionTerms.WithoutPossessive(w)) || NewsParaphrases.OtherTerms(w).Any(stems.Contains));
    }

    // Runs of capitalised words: the claim's names. The first word counts unless it is one that opens sentences.
    private static List<(int Start, int Length)> NameRuns(List<string> words)
    {
        var runs = new List<(int Start, int Length)>();
        for (int i = 0; i < words.Count; i++)
        {
            bool name = char.IsUpper(words[i][0]) && (i > 0 || !ClaimLookup.SentenceOpener().IsMatch(words[i]));
            if (!name)
            {
                continue;
            }

            if (runs.Count > 0 && runs[^1].Start + runs[^1].Length == i)
            {
                runs[^1] = (runs[^1].Start, runs[^1].Length + 1);
            }
            else
            {
                runs.Add((i, 1));
            }
        }

        return runs;
    }

    // Where the whole name starts among the sentence's words, or -1.
    private static int Find(List<string> words, List<string> name)
    {
        for (int i = 0; i + name.Count <= words.Count; i++)
        {
            if (name.Select((w, k) => QuestionTerms.WithoutPossessive(words[i + k]) == QuestionTerms.WithoutPossessive(w)).All(same => same))
            {
                return i;
            }
        }

        return -1;
    }

    // Stems, or one the start of the other: "beat" and "beaten". Other irregular forms ("buy", "bought") are not joined.
    private static bool SameVerb(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    private static bool By(string word) => word.Equals("by", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:after|before|since|when|while|on|in)$", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinator();

    [GeneratedRegex(@"^(?:\d+|" + AnswerType.MonthsOrAbbreviations + @")\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DatelineWord();

    [GeneratedRegex(@"^(?:won|win|wins|beat|beats|defeated|went|progressed|advanced|retained|clinched)$", RegexOptions.IgnoreCase)]
    private static partial Regex Wins();

    // Words of a sentence that tell a win.
    [GeneratedRegex(@"^(?:won|win|wins|victory|beat|beats|beating|defeated)$", RegexOptions.IgnoreCase)]
    private static partial Regex WonIn();

    [GeneratedRegex(@"^(?:lost|losing|loses|lose|beaten)$", RegexOptions.IgnoreCase)]
    private static partial Regex Loses();

    [GeneratedRegex(@"^(?:beat|beats|beating|defeated|defeating|eliminated|eliminating|edged|edging|thrashed|thrashing|overcame|ousted|ousting|unseated|unseating)$", RegexOptions.IgnoreCase)]
    private static partial Regex Defeats();

    [GeneratedRegex(@"^(?:him|her|them)$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectPronoun();

    [GeneratedRegex(@"^(?:with|and|or|against|v|vs|versus|alongside|draw|draws|drew|drawn|met|meet|meets|play|plays|played|face|faces|faced|tie|tied|merge|merged|merges|marry|married|share|shared|talk|talks|talked)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadsBothWays();
}
