using Bot.Core.Retrieval;

namespace Bot.Core.Answering;

/// <summary>
/// The rest of the leading stories, read when the kind of thing asked for (an age, an hour, a sum, a rate, a term, a placing, a
/// successor; a name or a number the answer's first sentence lacks) is missing from the passages retrieval found.
/// </summary>
/// <remarks>
/// Retrieval finds passages by the question's words, and the sentence that answers often holds few of them: "Haldane, 51,
/// said the company would spend …" shares only a surname with "How old is Priya Haldane?", and "entered through a skylight
/// at about 3:40 a.m." none of the museum's name. A news story tells one event in a few passages, so the rest of the
/// stories whose sentences came closest is where such a sentence is.
/// </remarks>
public static class StoryRead
{
    // How many stories are read: the best sentence's and the next two, since an archive names a person in many stories and
    // gives an age once ("how old is priya haldane": two later stories about her firm came closer than the one that says).
    // With two, that question was still refused.
    private const int Stories = 3;

    // A story longer than this is an article of many topics (an encyclopaedia's), not a news story: only the passages within
    // Reach of its best one are read.
    private const int StoryPassages = 10;
    private const int Reach = 2;

    // Kinds a sentence shows on its face (QuotedKind, SuccessorQuestion): a passage that gives one is checked as any answer is.
    private static readonly HashSet<string> Kinds = new(["age", "time", "term", "amount", "rate", "place", "successor"], StringComparer.Ordinal);

    /// <summary>True when a refusal for <paramref name="unmet"/> may be answered from the rest of the leading stories.</summary>
    public static bool Widens(UnmetCondition unmet) => Kinds.Contains(unmet.Word);

    /// <summary>The passage of the best sentence of each of the leading stories, best first.</summary>
    internal static IReadOnlyList<SearchHit> Leading(IEnumerable<CandidateSentence> candidates) =>
        candidates.OrderByDescending(c => c.Score).DistinctBy(c => c.Hit.Chunk.ArticleId).Take(Stories).Select(c => c.Hit).ToList();

    /// <summary>
    /// The passages of the <paramref name="leading"/> stories that <paramref name="pool"/> lacks, each scored as its story's
    /// leading passage: the rest of a story is as near the question as the story is.
    /// </summary>
    public static async Task<IReadOnlyList<SearchHit>> RestAsync(IPassageStore store, IReadOnlyList<SearchHit> leading, IReadOnlyList<SearchHit> pool, CancellationToken cancellationToken)
    {
        var found = pool.Select(h => h.Chunk.Id).ToHashSet(StringComparer.Ordinal);
        var passages = await store.PassagesOfAsync(leading.Select(h => h.Chunk.ArticleId).ToList(), cancellationToken).ConfigureAwait(false);
        var rest = new List<SearchHit>();
        foreach (var best in leading)
        {
            var story = passages.Where(p => p.ArticleId == best.Chunk.ArticleId).ToList();
            rest.AddRange(story
                .Where(p => (story.Count <= StoryPassages || Math.Abs(p.Ordinal - best.Chunk.Ordinal) <= Reach) && !found.Contains(p.Id))
                .OrderBy(p => p.Ordinal)
                .Select(p => new SearchHit(p, best.Score, best.LexicalScore, best.VectorScore)));
        }

        return rest;
    }
}
