using Bot.Core.Articles;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Evaluation;

/// <summary>The baseline the engine must beat: plain Lucene BM25 over whole paragraphs, no vectors, no headline field.</summary>
public static class ParagraphBaseline
{
    /// <summary>Ranks paragraphs for each question; returns, per question, the top <paramref name="k"/> as (text, article id).</summary>
    public static List<(EvalQuestion Question, IReadOnlyList<(string Text, string ArticleId)> Ranked)> Run(
        IReadOnlyList<NewsArticle> corpus, IReadOnlyList<EvalQuestion> questions, int k)
    {
        var paragraphs = corpus
            .SelectMany(a => SentenceSplitter.Paragraphs(a.Body).Select(p => (Text: p.Of(a.Body), ArticleId: a.Id)))
            .ToList();
        using var index = new LexicalIndex(paragraphs.Select(p => (p.Text, string.Empty)).ToList(), titleBoost: 0);
        return questions
            .Select(q => (q, (IReadOnlyList<(string, string)>)index.Search(q.Question, k).Select(h => paragraphs[h.Index]).ToList()))
            .ToList();
    }
}
