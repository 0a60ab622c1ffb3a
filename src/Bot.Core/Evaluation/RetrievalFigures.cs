using System.Text.Json.Serialization;

namespace Bot.Core.Evaluation;

/// <summary>Retrieval quality over the answerable questions.</summary>
public sealed record RetrievalFigures(
    [property: JsonPropertyName("hit_at_1")] double HitAt1,
    [property: JsonPropertyName("hit_at_k")] double HitAtK,
    [property: JsonPropertyName("mrr")] double Mrr,
    [property: JsonPropertyName("doc_at_k")] double DocAtK)
{
    /// <summary>Computes the figures from, per question, the ranked passages as (text, article id).</summary>
    public static RetrievalFigures From(IReadOnlyList<(EvalQuestion Question, IReadOnlyList<(string Text, string ArticleId)> Ranked)> runs, int k)
    {
        var answerable = runs.Where(r => r.Question.IsAnswerable).ToList();
        if (answerable.Count == 0)
        {
            return new RetrievalFigures(0, 0, 0, 0);
        }

        double hit1 = 0, hitK = 0, mrr = 0, doc = 0;
        foreach (var (question, ranked) in answerable)
        {
            var top = ranked.Take(k).ToList();
            int first = top.FindIndex(r => question.IsAnsweredBy(r.Text));
            hit1 += first == 0 ? 1 : 0;
            hitK += first >= 0 ? 1 : 0;
            mrr += first >= 0 ? 1.0 / (first + 1) : 0;
            doc += top.Any(r => question.IsSource(r.ArticleId)) ? 1 : 0;
        }

        int n = answerable.Count;
        return new RetrievalFigures(Math.Round(hit1 / n, 3), Math.Round(hitK / n, 3), Math.Round(mrr / n, 3), Math.Round(doc / n, 3));
    }
}
