using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Corpus statistics in which a word of a retrieved passage's headline counts as used, even when no article body uses it.</summary>
/// <remarks>
/// Document frequencies count passage text only. Wire copy often names a subject one way in the headline and
/// another in the text ("Ad sales boost Time Warner profit" over "TimeWarner jumped 76%"), and a name no article
/// mentions makes a question one the articles do not cover, so without this "How much did Time Warner's profits
/// rise?" would be refused. Terms the corpus does use keep their frequencies; a headline-only one counts once.
/// </remarks>
internal sealed class HeadlineTerms(ITermStatistics corpus, IReadOnlySet<string> headlines) : ITermStatistics
{
    public int Count => corpus.Count;

    public int DocumentFrequency(string term)
    {
        int frequency = corpus.DocumentFrequency(term);
        return frequency == 0 && headlines.Contains(term) ? 1 : frequency;
    }

    /// <summary><paramref name="corpus"/> with the headline words of <paramref name="pool"/> counted as used.</summary>
    public static ITermStatistics Over(ITermStatistics corpus, IEnumerable<SearchHit> pool) =>
        new HeadlineTerms(corpus, pool.Select(h => h.Chunk.Title).Distinct(StringComparer.Ordinal).SelectMany(EnglishTerms.Analyze).ToHashSet(StringComparer.Ordinal));
}
