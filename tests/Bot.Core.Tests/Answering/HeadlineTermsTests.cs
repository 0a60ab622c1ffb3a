using Bot.Core.Answering;
using Bot.Core.Chunking;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Tests.Answering;

/// <summary>A name only a retrieved headline uses is one the articles mention.</summary>
public sealed class HeadlineTermsTests
{
    private const string Body = "Quarterly profits at US media giant TimeWarner jumped 76%.";

    [Fact]
    public void DocumentFrequency_ATermOnlyARetrievedHeadlineUses_CountsOnce()
    {
        using var corpus = new LexicalIndex([(Body, "Ad sales boost Time Warner profit")]);
        var warner = EnglishTerms.Analyze("Warner").Single();

        var statistics = HeadlineTerms.Over(corpus, [Hit("Ad sales boost Time Warner profit")]);

        Assert.Equal(0, corpus.DocumentFrequency(warner));
        Assert.Equal(1, statistics.DocumentFrequency(warner));
        Assert.Equal(corpus.DocumentFrequency("profit"), statistics.DocumentFrequency("profit"));
        Assert.Equal(0, statistics.DocumentFrequency(EnglishTerms.Analyze("Disney").Single()));
    }

    private static SearchHit Hit(string title) => new(new ArticleChunk
    {
        Id = "business/001.txt#0",
        ArticleId = "business/001.txt",
        Title = title,
        Ordinal = 0,
        Start = 0,
        End = Body.Length,
        Text = Body,
        Sentences = SentenceSplitter.Split(Body),
    }, 1, 1, 1);
}
