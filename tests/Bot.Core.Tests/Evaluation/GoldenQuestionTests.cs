using Bot.Core.Answering;
using Bot.Core.Evaluation;
using Bot.Core.Retrieval;
using Bot.Core.Tests.Fakes;

namespace Bot.Core.Tests.Evaluation;

/// <summary>The question set under TestData, run as the eval command runs it: the quality bar is behaviour.</summary>
[Collection(SeedEngineCollection.Name)]
public sealed class GoldenQuestionTests(SeedEngineFixture engine)
{
    private static readonly IReadOnlyList<EvalQuestion> Questions =
        EvalQuestion.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "questions.jsonl"));

    private static readonly string[] Kinds = ["fact", "lookup", "cross", "unanswerable", "furniture"];

    [Fact]
    public void QuestionSet_HasEveryKindTheEvaluationNeeds()
    {
        Assert.True(Questions.Count >= 40);
        foreach (var kind in Kinds)
        {
            Assert.Contains(Questions, q => q.Kind == kind);
        }
    }

    [Fact]
    public async Task Evaluate_SeedQuestions_BeatsBm25AndMeetsTheQualityBar()
    {
        var report = await new Evaluator(engine.Get<AnswerService>()).RunAsync(engine.Get<NewsIndex>().Articles.Values.ToList(), Questions, k: 5);

        Assert.True(report.HitAt1 > report.Baseline.HitAt1, $"hit@1 {report.HitAt1} vs BM25 {report.Baseline.HitAt1}");
        Assert.True(report.Mrr > report.Baseline.Mrr, $"MRR {report.Mrr} vs BM25 {report.Baseline.Mrr}");
        Assert.True(report.HitAtK >= 0.95, $"hit@k {report.HitAtK}");
        Assert.True(report.AnswerHit >= 0.85, $"answer_hit {report.AnswerHit}");
        Assert.True(report.FirstSentenceHit >= 0.75, $"first_sentence_hit {report.FirstSentenceHit}");

        // The answerability threshold is chosen on held-out public questions, not on these 55, and a name no
        // article mentions ("Washington" for the US) means "not covered", so it abstains more often here than
        // the old hand-set score tuned on them (docs/quality.md).
        Assert.True(report.AbstainRight >= 0.75, $"abstain_right {report.AbstainRight}");
        Assert.True(report.AbstainWrong <= 0.1, $"abstain_wrong {report.AbstainWrong}");
    }

    [Fact]
    public async Task Evaluate_EveryAnswer_CitesOnlyVerbatimSentencesOfItsPassages()
    {
        var articles = engine.Get<NewsIndex>().Articles;
        foreach (var question in Questions)
        {
            var answer = await engine.Get<AnswerService>().AskAsync(question.Question);
            Assert.All(answer.Citations, c => Assert.Equal(c.Quote, articles[c.ArticleId].Body[c.Start..c.End]));
            Assert.Equal(answer.Abstained, answer.Citations.Count == 0);
        }
    }
}
