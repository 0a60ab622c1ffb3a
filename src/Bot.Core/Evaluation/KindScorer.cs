using Bot.Core.Answering;
using Bot.Core.Articles;

namespace Bot.Core.Evaluation;

/// <summary>Per-kind figures; for summaries, how many expected articles were cited and how many sentences are supported.</summary>
public static class KindScorer
{
    /// <summary>Groups the answered questions by kind and scores each group.</summary>
    public static Dictionary<string, KindFigures> Score(IReadOnlyList<(EvalQuestion Question, Answer Answer)> answered, IReadOnlyDictionary<string, NewsArticle> articles) =>
        answered.GroupBy(a => a.Question.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Figures(g.ToList(), articles));

    private static KindFigures Figures(List<(EvalQuestion Question, Answer Answer)> group, IReadOnlyDictionary<string, NewsArticle> articles)
    {
        var answerable = group.Where(a => a.Question.IsAnswerable).ToList();
        var unanswerable = group.Where(a => !a.Question.IsAnswerable).ToList();
        bool summaries = group[0].Question.Kind == "summary";
        return new KindFigures(
            group.Count,
            answerable.Count == 0 ? null : Share(answerable, a => AnswerHit(a.Question, a.Answer)),
            unanswerable.Count == 0 ? null : Share(unanswerable, a => a.Answer.Abstained),
            summaries ? Mean(answerable.Select(a => Coverage(a.Question, a.Answer))) : null,
            summaries ? Mean(answerable.Select(a => Supported(a.Answer, articles))) : null)
        {
            FirstSentenceHit = answerable.Count == 0 ? null : Share(answerable, a => FirstSentenceHit(a.Question, a.Answer)),
            KeyPoints = summaries ? Mean(answerable.Select(a => KeyPoints(a.Question, a.Answer))) : null,
            Sentences = summaries ? Mean(answerable.Select(a => (double)a.Answer.Citations.Count)) : null,
        };
    }

    /// <summary>The share of the expected answers that the answer's text holds: for a summary, how many of its points it makes.</summary>
    public static double KeyPoints(EvalQuestion question, Answer answer) =>
        answer.Abstained || question.Answers.Count == 0 ? 0 : question.FoundIn(answer.Text).Count() / (double)question.Answers.Count;

    /// <summary>True when the answer was given (not refused) and holds one of the expected answers.</summary>
    public static bool AnswerHit(EvalQuestion question, Answer answer) => !answer.Abstained && question.IsAnsweredBy(answer.Text);

    /// <summary>True when the answer is what the question needed: an expected answer, or a refusal when there is none.</summary>
    public static bool Right(EvalQuestion question, Answer answer) => question.IsAnswerable ? AnswerHit(question, answer) : answer.Abstained;

    /// <summary>True when the answer's first quoted sentence holds one of the expected answers.</summary>
    public static bool FirstSentenceHit(EvalQuestion question, Answer answer) =>
        !answer.Abstained && answer.Citations.Count > 0 && question.IsAnsweredBy(answer.Citations[0].Quote);

    /// <summary>The share of the expected source articles that the answer cites.</summary>
    public static double Coverage(EvalQuestion question, Answer answer) =>
        question.Sources.Count == 0 ? 1 : question.Sources.Count(s => answer.Citations.Any(c => ArticleIds.Same(s, c.ArticleId))) / (double)question.Sources.Count;

    /// <summary>The share of citations whose quote is exactly the article text at the cited offsets.</summary>
    public static double Supported(Answer answer, IReadOnlyDictionary<string, NewsArticle> articles) =>
        answer.Citations.Count == 0 ? 0 : answer.Citations.Count(c =>
            articles.TryGetValue(c.ArticleId, out var a) && c.End <= a.Body.Length && a.Body[c.Start..c.End] == c.Quote) / (double)answer.Citations.Count;

    private static double Share<T>(List<T> items, Func<T, bool> predicate) => Math.Round(items.Count(predicate) / (double)items.Count, 3);

    private static double? Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 3);
    }
}
