using Bot.Core.Answering.Ranking;
using Bot.Core.Articles;
using Bot.Core.Chunking;
using Bot.Core.Evaluation;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Tests.Answering.Ranking;

public sealed class NegativeQuestionsTests
{
    private static readonly NewsArticle Source = Article("bridge.txt", "Minister Ahmed Khan opened the Indus bridge in 2019. It cost 40 million dollars.");
    private static readonly NewsArticle Other = Article("port.txt", "Governor Bashir Lodhi visited Gwadar port on Monday.");
    private static readonly Dictionary<string, NewsArticle> Articles = new() { [Source.Id] = Source, [Other.Id] = Other };

    [Fact]
    public void Swapped_ReplacesANameOrNumberWithOneTheSourceNeverMentions()
    {
        var question = new EvalQuestion("q1", "Who opened the Indus bridge in 2019?", ["Ahmed Khan"], ["bridge.txt"], "fact");
        var names = NegativeQuestions.Names(Articles.Values);

        for (int seed = 0; seed < 20; seed++)
        {
            var swapped = NegativeQuestions.Swapped(question, names, Articles, new Random(seed));
            if (swapped is null)
            {
                continue;
            }

            Assert.Empty(swapped.Answers);
            Assert.EndsWith("~swap", swapped.Id, StringComparison.Ordinal);
            Assert.NotEqual(question.Question, swapped.Question);
            var changed = swapped.Question.Split(' ').Except(question.Question.Split(' ')).Single().TrimEnd('?');
            Assert.DoesNotContain(changed, Source.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Swapped_QuestionWithNothingToSwap_GivesNone()
    {
        var question = new EvalQuestion("q2", "who opened the bridge?", ["Ahmed Khan"], ["bridge.txt"], "fact");

        Assert.Null(NegativeQuestions.Swapped(question, ["Lodhi"], Articles, new Random(1)));
    }

    [Fact]
    public void WithoutAnswers_TakesOutOnlyTheSentencesThatHoldTheAnswer()
    {
        var question = new EvalQuestion("q3", "How much did the Indus bridge cost?", ["40 million dollars"], ["bridge.txt"], "fact");
        var pool = new[] { Hit(Source), Hit(Other) };

        var narrowed = NegativeQuestions.WithoutAnswers(pool, question.IsAnsweredBy);

        var bridge = narrowed[0].Chunk;
        Assert.Equal(["Minister Ahmed Khan opened the Indus bridge in 2019."], bridge.Sentences.Select(bridge.TextOf));
        Assert.Single(bridge.SentenceEmbeddings);
        Assert.Equal(pool[0].Chunk.Text, bridge.Text);
        Assert.Same(pool[1], narrowed[1]);
    }

    // A passage of the whole article, with one (made-up) embedding per sentence.
    private static SearchHit Hit(NewsArticle article)
    {
        var sentences = SentenceSplitter.Split(article.Body);
        return new(new ArticleChunk
        {
            Id = article.Id + "#0",
            ArticleId = article.Id,
            Title = article.Title,
            Ordinal = 0,
            Start = 0,
            End = article.Body.Length,
            Text = article.Body,
            Sentences = sentences,
            SentenceEmbeddings = sentences.Select(s => (ReadOnlyMemory<float>)new float[] { s.Start }).ToList(),
        }, 1, 1, 1);
    }

    private static NewsArticle Article(string id, string body) =>
        new(id, id, null, null, null, body, id);
}
