using System.Text.RegularExpressions;
using Bot.Core.Answering.Ranking;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>A sentence in which the story says what the question asks is not known: "… but gave no release date".</summary>
/// <remarks>
/// "When is the Midnight at Kestrel Road sequel coming out?" over a story that says "Brightloom confirmed that a sequel was
/// in development but gave no release date": quoting the lead about the film's takings answers nothing, and refusing with
/// headlines hides what the story does say. When such a sentence of the best sentence's story holds more of the question's
/// words (other than names) than the best sentence, 40% of them at least and the rarest among them, the answer says the
/// articles do not say, and quotes it.
/// </remarks>
public static partial class Withheld
{
    private const double MinSaidShare = 0.4;

    /// <summary>True when <paramref name="sentence"/> says something was not disclosed, given or said.</summary>
    /// <remarks>Not "… was not identified as a universal force until the work of Isaac Newton", which says when it was.</remarks>
    public static bool Says(string sentence) => NotDisclosed().IsMatch(sentence) && !NotUntil().IsMatch(sentence);

    /// <summary>The sentence of the best sentence's story that says what <paramref name="question"/> asks is not known, if any.</summary>
    internal static CandidateSentence? Find(QuestionProfile question, List<CandidateSentence> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.MaxBy(c => c.Score)!;
        var story = candidates.Where(c => c.Hit.Chunk.ArticleId == best.Hit.Chunk.ArticleId).ToList();
        // Words the story never writes ("When will it be released in UK cinemas?" over "no UK release date has yet been
        // set") cannot tell its sentences apart, so the share and the rarest word are read over the words it does write.
        var written = story.SelectMany(c => EnglishTerms.Analyze(c.Text)).ToHashSet(StringComparer.Ordinal);
        var said = question.Terms.Terms.Where(t => !t.IsName && written.Contains(t.Term)).ToList();
        double total = said.Sum(t => t.Weight);
        if (total <= 0)
        {
            return null;
        }

        double floor = Math.Max(MinSaidShare, RestatingLead.SaidShare(said, total, best.Text));
        var rarest = said.MaxBy(t => t.Weight)!;
        return story
            .Where(c => Says(c.Text))
            // A sentence that holds what is asked answers it, whatever else it leaves unsaid.
            .Where(c => !HoldsAsked(question, c.Text))
            .Select(c => (Sentence: c, Held: EnglishTerms.Analyze(c.Text).ToHashSet(StringComparer.Ordinal)))
            .Where(x => x.Held.Contains(rarest.Term) && RestatingLead.SaidShare(said, total, x.Held) >= floor)
            .Select(x => x.Sentence)
            .MaxBy(c => c.Score);
    }

    // A count is held only by a number of the thing counted: "It would close 40 branches but would not say how many jobs
    // would go" gives no count of jobs. A name is new only when the question does not write it, possessive or not ("The
    // Albion's owners …" asked "… at the Albion Theatre?").
    private static bool HoldsAsked(QuestionProfile question, string sentence) => question.Kind switch
    {
        AnswerKind.Any => false,
        AnswerKind.Number when CountQuestion.Counted(question.Text) is { } counted => CountQuestion.Gives(sentence, counted),
        AnswerKind.Person or AnswerKind.Place or AnswerKind.Name =>
            AnswerType.NovelNameWords(sentence, question.Words).Any(w => !question.Words.Contains(Possessive().Replace(w, ""))),
        _ => AnswerType.Holds(question.Kind, sentence, question.Words),
    };

    [GeneratedRegex(@"\b(?:gave|give|gives|giving|offered|set)\s+no\b|\b(?:did|does|do|would|could|will|has|have|had)\s+not\s+(?:yet\s+)?(?:say|said|disclose|disclosed|reveal|revealed|confirm|confirmed|comment|give|given|specify|specified|name|named|identify|identified|announce|announced)\b|\b(?:didn't|doesn't|won't|wouldn't|hasn't|haven't)\s+(?:yet\s+)?(?:say|said|disclose|disclosed|reveal|revealed|confirm|confirmed|comment|give|given|specify|name|named|identify|identified|announce|announced)\b|\b(?:is|are|was|were|has|have|had)\s+(?:not|never|yet\s+to\s+be)\s+(?:yet\s+)?(?:been\s+)?(?:disclosed|revealed|announced|confirmed|named|identified|made\s+public|released|set)\b|\bundisclosed\b|\bdeclined\s+to\s+(?:comment|say|give|disclose|reveal|name|confirm)\b|\bno\s+(?:[\w'-]+\s+){0,2}?(?:details|date|figure|timetable|reason|price|name)\s+(?:was|were|has|have|had)\s+(?:yet\s+)?(?:been\s+)?(?:given|set|announced|released|disclosed|agreed|fixed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotDisclosed();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\bnot\b[^.;]*\buntil\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotUntil();
}
