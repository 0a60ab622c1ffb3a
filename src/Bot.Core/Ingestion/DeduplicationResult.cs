using Bot.Core.Articles;

namespace Bot.Core.Ingestion;

/// <summary>The articles kept after de-duplication and the ones merged into them.</summary>
/// <param name="Kept">Articles kept, in their original order.</param>
/// <param name="Merged">One entry per dropped duplicate, naming the article it was merged into.</param>
public sealed record DeduplicationResult(IReadOnlyList<NewsArticle> Kept, IReadOnlyList<MergedArticle> Merged);
