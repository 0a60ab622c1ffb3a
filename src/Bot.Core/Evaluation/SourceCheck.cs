using Bot.Core.Articles;

namespace Bot.Core.Evaluation;

/// <summary>
/// Finds question sources that name no article in the corpus. Since ids became paths, a question file written with
/// bare file names for a corpus in topic folders would otherwise score zero on doc@k without saying why.
/// </summary>
public static class SourceCheck
{
    /// <summary>One line per question source that is not an article id, naming the question and the id.</summary>
    public static IReadOnlyList<string> UnknownSources(IReadOnlyList<EvalQuestion> questions, IEnumerable<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(articleIds);
        var known = articleIds.Select(ArticleIds.Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. questions.SelectMany(q => q.Sources
            .Where(s => !known.Contains(ArticleIds.Normalize(s)))
            .Select(s => $"Question {q.Id} names source {s}, which is no article id in the corpus (ids are paths relative to the corpus folder, such as tech/042.txt)."))];
    }
}
