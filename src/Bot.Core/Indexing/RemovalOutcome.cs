using Bot.Core.Articles;

namespace Bot.Core.Indexing;

/// <summary>What <see cref="ArticleRemover.RemoveAsync"/> did with each id it was given.</summary>
/// <param name="Removed">Articles taken out of the store now, with how many passages each had.</param>
/// <param name="AlreadyRemoved">Ids that were removed before (not indexed, on the list): nothing to do.</param>
/// <param name="Unknown">Ids neither indexed nor removed, with the closest indexed ids.</param>
/// <param name="Saved">False when the index could not be saved; the list still keeps the articles out at the next open.</param>
/// <param name="ListPath">The removal list's file.</param>
public sealed record RemovalOutcome(
    IReadOnlyList<RemovedArticle> Removed,
    IReadOnlyList<ArticleRemoval> AlreadyRemoved,
    IReadOnlyList<UnknownArticle> Unknown,
    bool Saved,
    string ListPath);

/// <summary>An article taken down, and how many passages went with it.</summary>
public sealed record RemovedArticle(string Id, int Passages);

/// <summary>An id that names no indexed article, and the indexed ids closest to it.</summary>
public sealed record UnknownArticle(string Id, IReadOnlyList<string> Closest);
