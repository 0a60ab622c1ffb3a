using Bot.Core.Articles;
using Bot.Core.Retrieval;

namespace Bot.Core.Indexing;

/// <summary>
/// Takes articles down (<c>bot remove</c>): records them on the removal list, removes them and every passage of theirs
/// from the configured store, and saves the index.
/// </summary>
/// <remarks>
/// The list is written first: if the index save then fails, the next open leaves the articles out anyway, whereas an
/// index saved without them but no list would let the next rebuild bring them back.
/// </remarks>
public sealed class ArticleRemover(IPassageStore store, IPassageWriter writer, IndexManager manager, RemovedArticles removals, TimeProvider clock)
{
    /// <summary>Removes the articles with <paramref name="articleIds"/> (as citations show them), recording <paramref name="reason"/>.</summary>
    public async Task<RemovalOutcome> RemoveAsync(IReadOnlyList<string> articleIds, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var requested = articleIds.Select(ArticleIds.Normalize).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var ids = await ResolveAsync(requested, cancellationToken).ConfigureAwait(false);
        if (ids.Found.Count == 0)
        {
            return new RemovalOutcome([], ids.AlreadyRemoved, ids.Unknown, Saved: true, removals.Location);
        }

        var passages = await store.PassagesOfAsync(ids.Found, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        removals.Add(ids.Found.Select(id => new ArticleRemoval(id, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim())));
        await writer.RemoveAsync(ids.Found.ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        bool saved = await manager.TrySaveAsync(cancellationToken).ConfigureAwait(false);
        var removed = ids.Found.Select(id => new RemovedArticle(id, passages.Count(p => p.ArticleId == id))).ToList();
        return new RemovalOutcome(removed, ids.AlreadyRemoved, ids.Unknown, saved, removals.Location);
    }

    // Ids are matched exactly first; the whole id list is read only when one is not, to match it without regard to
    // case (as Windows names files) or to suggest the closest ones.
    private async Task<ResolvedIds> ResolveAsync(List<string> requested, CancellationToken cancellationToken)
    {
        var exact = await store.ArticlesAsync(requested, cancellationToken).ConfigureAwait(false);
        var resolved = new ResolvedIds([.. requested.Where(exact.ContainsKey)], [], []);
        var rest = requested.Where(id => !exact.ContainsKey(id)).ToList();
        var all = rest.Count == 0 ? [] : (await writer.AllArticlesAsync(cancellationToken).ConfigureAwait(false)).Keys.ToList();
        foreach (var id in rest)
        {
            if (all.Find(known => ArticleIds.Same(known, id)) is { } match)
            {
                resolved.Found.Add(match);
            }
            else if (removals.Find(id) is { } removal)
            {
                resolved.AlreadyRemoved.Add(removal);
            }
            else
            {
                resolved.Unknown.Add(new UnknownArticle(id, IdSuggestions.Closest(id, all)));
            }
        }

        return resolved with { Found = [.. resolved.Found.Distinct(StringComparer.Ordinal)] };
    }

    private sealed record ResolvedIds(List<string> Found, List<ArticleRemoval> AlreadyRemoved, List<UnknownArticle> Unknown);
}
