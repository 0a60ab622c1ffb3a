using Bot.Core.Articles;
using Bot.Core.Retrieval;

namespace Bot.Core.Answering;

/// <summary>Which stories write every name of a question, and how their passages join a pool that has none of them near its head.</summary>
/// <remarks>
/// "how much is council tax going up in harrowfield" over an archive with several councils' budget stories: their council
/// tax passages match better, so the pool's first passages are other councils' and no story that writes "Harrowfield" is
/// among them; the question was refused. A name is what says which story is asked about, so the stories that write them
/// all are searched on their own and their best passages join the pool. Only when none of the pool's first stories
/// writes them: a pool that already holds the story is left alone.
/// </remarks>
public static class NamingStories
{
    /// <summary>How many of the pool's first passages are looked at for a story that writes every name.</summary>
    public const int Head = 5;

    /// <summary>How many passages the search for the names alone reads.</summary>
    public const int NameSearch = 20;

    /// <summary>How many naming stories are searched, at most.</summary>
    public const int Stories = 3;

    /// <summary>How many of their passages join the pool.</summary>
    public const int Passages = 5;

    /// <summary>True when <paramref name="article"/> writes every one of <paramref name="names"/> (a possessive as its name).</summary>
    public static bool WritesAll(NewsArticle article, IReadOnlyList<string> names) =>
        names.All(n => QuestionTerms.WritesName(article.Title, n) || QuestionTerms.WritesName(article.Body, n));

    /// <summary>
    /// The pool and the naming stories' passages as one ranking, by reciprocal rank fusion of the two orders, so that
    /// a naming story's best passage comes in beside the pool's best rather than at its tail; at most <paramref name="size"/>.
    /// Unlike <see cref="ScoreFusion.Reciprocal"/>, a tie goes to the pool's passage rather than the lower id: the pool is
    /// the question's own search.
    /// </summary>
    public static List<SearchHit> Merge(IReadOnlyList<SearchHit> pool, IReadOnlyList<SearchHit> naming, int size, int k)
    {
        var scores = new Dictionary<string, (SearchHit Hit, double Score, int Order)>(StringComparer.Ordinal);
        int order = 0;
        foreach (var ranking in new[] { pool, naming })
        {
            for (int rank = 0; rank < ranking.Count; rank++)
            {
                var hit = ranking[rank];
                var current = scores.TryGetValue(hit.Chunk.Id, out var seen) ? seen : (Hit: hit, Score: 0.0, Order: order++);
                scores[hit.Chunk.Id] = (current.Hit, current.Score + (1.0 / (k + rank + 1)), current.Order);
            }
        }

        return scores.Values.OrderByDescending(s => s.Score).ThenBy(s => s.Order).Take(size).Select(s => s.Hit).ToList();
    }
}
