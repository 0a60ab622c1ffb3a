using Bot.Core.Answering.Ranking;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Passes over a sentence that restates the question with its names for one of the same story that says what it asks.</summary>
/// <remarks>
/// A news story names its people and events once, in the lead, and goes on without them. Asked "Who won the women's race
/// at the Glasgow City Marathon?", the lead "Kenya's Daniel Kiprono … won the Glasgow City Marathon" holds the rare names,
/// which weigh most, while "In the women's race, Britain's Hollie Marsden won …" holds what the question asks about. The
/// ranker learned from Wikipedia articles, which repeat their names, and picks the lead. So a sentence of the best
/// sentence's story leads instead when it holds clearly more of the question's other words (exactly: the matcher's loose
/// synonyms let "album of the year" stand for "best newcomer"), its story has written every name of the question by its
/// end (or its headline does), and the ranker gives it a fair chance. It changes which sentence leads, not whether the
/// question is answered.
/// When, how many and how long questions are left to the ranker: it reads whether a sentence holds a time or a number,
/// and a sentence with more of the question's words but only "recently" passed over the one with the date.
/// </remarks>
internal static class RestatingLead
{
    // Chosen on squad-b's held-out halves (docs/quality.md, sixteenth pass): margins 0.1 to 0.3 and ratios 0.1 to 0.4 were
    // tried; each half's best setting, applied to the other half, gave first_sentence_hit +0.007 and +0.010.
    internal const double Margin = 0.2;
    internal const double MinChance = 0.25;

    /// <summary>Puts the sentence that says what the question asks just above the best one, when the best only restates it.</summary>
    public static void Lead(QuestionProfile question, List<CandidateSentence> candidates)
    {
        var said = question.Terms.Terms.Where(t => !t.IsName).ToList();
        double total = said.Sum(t => t.Weight);
        if (total <= 0 || question.Kind is AnswerKind.Time or AnswerKind.Number or AnswerKind.Duration)
        {
            return;
        }

        var best = candidates.MaxBy(c => c.Score)!;
        double bestShare = SaidShare(said, total, best.Text);
        var names = question.Terms.Terms.Where(t => t.IsName).Select(t => t.Term).ToList();
        bool bestHolds = AnswerType.Holds(question.Kind, best.Text, question.Words);
        CandidateSentence.LeadWithBestOfItsStory(candidates, c => c != best
            && SaidShare(said, total, c.Text) >= bestShare + Margin
            && (!bestHolds || AnswerType.Holds(question.Kind, c.Text, question.Words))
            && NamedBy(c, names), MinChance);
    }

    /// <summary>The IDF share of the question's words other than names that <paramref name="sentence"/> holds as written (stemmed).</summary>
    internal static double SaidShare(IReadOnlyList<QuestionTerm> said, double total, string sentence) =>
        SaidShare(said, total, EnglishTerms.Analyze(sentence).ToHashSet(StringComparer.Ordinal));

    /// <summary>The same share, of a sentence already analysed into <paramref name="held"/>.</summary>
    internal static double SaidShare(IReadOnlyList<QuestionTerm> said, double total, IReadOnlySet<string> held) =>
        said.Where(t => held.Contains(t.Term)).Sum(t => t.Weight) / total;

    // Every name is written in the headline or in the story up to the end of the sentence: "Marsden" is the marathon's
    // winner because the lead named the marathon, but a name written only further on belongs to something else.
    private static bool NamedBy(CandidateSentence sentence, List<string> names)
    {
        if (names.Count == 0)
        {
            return true;
        }

        var written = EnglishTerms.Analyze(sentence.Hit.Chunk.HeadlineAndTextTo(sentence.End)).ToHashSet(StringComparer.Ordinal);
        return names.All(written.Contains);
    }
}
