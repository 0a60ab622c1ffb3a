using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Articles;
using Bot.Core.Conversation;
using Bot.Core.Retrieval;

namespace Bot.Core.Evaluation;

/// <summary>Runs a question set against the engine and, side by side, against plain BM25 over paragraphs.</summary>
public sealed class Evaluator(AnswerService answers, ConversationService? conversation = null)
{
    /// <summary>Asks every question and computes the figures; <paramref name="onAnswer"/> sees each result.</summary>
    /// <param name="leaveOut">What each answerable question is asked without, as an unanswerable one (only abstaining is then right): its source articles, or the sentences that hold its answer.</param>
    public async Task<EvalReport> RunAsync(
        IReadOnlyList<NewsArticle> corpus,
        IReadOnlyList<EvalQuestion> questions,
        int k,
        Action<EvalQuestion, Answer>? onAnswer = null,
        LeaveOut leaveOut = LeaveOut.Nothing,
        CancellationToken cancellationToken = default)
    {
        if (leaveOut != LeaveOut.Nothing)
        {
            return await RunWithoutAnswersAsync(corpus, questions, k, onAnswer, leaveOut, cancellationToken).ConfigureAwait(false);
        }

        var runs = new List<(EvalQuestion, IReadOnlyList<(string, string)>)>();
        var answered = new List<(EvalQuestion Question, Answer Answer)>();
        var times = new List<double>();
        foreach (var question in questions)
        {
            var clock = Stopwatch.StartNew();
            var answer = await AskAsync(question, k, cancellationToken).ConfigureAwait(false);
            times.Add(clock.Elapsed.TotalMilliseconds);
            runs.Add((question, answer.Passages.Select(p => (p.Chunk.Text, p.Chunk.ArticleId)).ToList()));
            answered.Add((question, answer));
            onAnswer?.Invoke(question, answer);
        }

        var figures = RetrievalFigures.From(runs, k);
        var baseline = RetrievalFigures.From(ParagraphBaseline.Run(corpus, questions, k), k);
        var answerable = answered.Where(a => a.Question.IsAnswerable).ToList();
        var unanswerable = answered.Where(a => !a.Question.IsAnswerable).ToList();
        return new EvalReport(
            questions.Count, k, figures.HitAt1, figures.HitAtK, figures.Mrr, figures.DocAtK,
            Share(answerable, a => KindScorer.AnswerHit(a.Question, a.Answer)),
            Share(answerable, a => a.Answer.Citations.Any(c => a.Question.IsAnsweredBy(c.Quote))),
            Share(unanswerable, a => a.Answer.Abstained),
            Share(answerable, a => a.Answer.Abstained),
            Percentile(times, 0.50), Percentile(times, 0.95), baseline)
        {
            FirstSentenceHit = Share(answerable, a => KindScorer.FirstSentenceHit(a.Question, a.Answer)),
            PerKind = KindScorer.Score(answered, corpus.ToDictionary(a => a.Id, StringComparer.Ordinal)),
        };
    }

    // The corpus with the answer taken out: each question may search every article but its sources, or every passage
    // but the sentences that hold its answer (its own story is still found; it just does not say).
    private async Task<EvalReport> RunWithoutAnswersAsync(IReadOnlyList<NewsArticle> corpus, IReadOnlyList<EvalQuestion> questions, int k, Action<EvalQuestion, Answer>? onAnswer, LeaveOut leaveOut, CancellationToken cancellationToken)
    {
        var ids = corpus.Select(a => a.Id).ToList();
        var answered = new List<(EvalQuestion Question, Answer Answer)>();
        var times = new List<double>();
        foreach (var question in questions.Where(q => q.IsAnswerable && q.Sources.Count > 0 && q.Kind is "fact" or "cross"))
        {
            var clock = Stopwatch.StartNew();
            var answer = leaveOut == LeaveOut.Sources
                ? await answers.AskAsync(question.Question, question.WithoutSources(ids), k, cancellationToken).ConfigureAwait(false)
                : await answers.AskNarrowedAsync(question.Question, pool => NegativeQuestions.WithoutAnswers(pool, question.IsAnsweredBy), k, cancellationToken).ConfigureAwait(false);
            times.Add(clock.Elapsed.TotalMilliseconds);
            var unanswerable = question with { Answers = [], Kind = leaveOut == LeaveOut.Sources ? "source-left-out" : "answer-left-out" };
            answered.Add((unanswerable, answer));
            onAnswer?.Invoke(unanswerable, answer);
        }

        var none = new RetrievalFigures(0, 0, 0, 0);
        return new EvalReport(answered.Count, k, 0, 0, 0, 0, 0, 0, Share(answered, a => a.Answer.Abstained), 0,
            Percentile(times, 0.50), Percentile(times, 0.95), none)
        {
            PerKind = KindScorer.Score(answered, corpus.ToDictionary(a => a.Id, StringComparer.Ordinal)),
        };
    }

    // Conversational kinds go through the whole conversation path (routing, memory); a fresh conversation
    // per question replays its history first. Plain questions go straight to the answer service.
    private async Task<Answer> AskAsync(EvalQuestion question, int k, CancellationToken cancellationToken)
    {
        bool conversational = question.Kind is "summary" or "lookup" or "followup" || question.History is { Count: > 0 };
        if (conversation is null || !conversational)
        {
            return await answers.AskAsync(question.Question, top: k, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var id = $"eval-{question.Id}-{Guid.NewGuid():N}";
        foreach (var turn in question.History ?? [])
        {
            await conversation.ReplyAsync(id, turn, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return (await conversation.ReplyAsync(id, question.Question, cancellationToken: cancellationToken).ConfigureAwait(false)).Answer;
    }

    private static double Share<T>(List<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 0 : Math.Round(items.Count(predicate) / (double)items.Count, 3);

    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return Math.Round(sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)], 2);
    }
}
