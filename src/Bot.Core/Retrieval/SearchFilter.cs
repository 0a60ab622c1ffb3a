using System.Linq.Expressions;
using Bot.Core.Chunking;

namespace Bot.Core.Retrieval;

/// <summary>Optional limits on which passages a search may return; empty members do not filter.</summary>
public sealed record SearchFilter(
    IReadOnlyCollection<string>? ArticleIds = null,
    IReadOnlyCollection<string>? Outlets = null,
    DateOnly? From = null,
    DateOnly? To = null)
{
    /// <summary>True when the filter lets everything through.</summary>
    public bool IsEmpty => (ArticleIds is null || ArticleIds.Count == 0) && (Outlets is null || Outlets.Count == 0) && From is null && To is null;

    /// <summary>The filter as the expression <c>VectorSearchOptions.Filter</c> takes.</summary>
    public Expression<Func<ArticleChunk, bool>> ToExpression()
    {
        var ids = ArticleIds is { Count: > 0 } ? new HashSet<string>(ArticleIds, StringComparer.OrdinalIgnoreCase) : null;
        var outlets = Outlets is { Count: > 0 } ? new HashSet<string>(Outlets, StringComparer.OrdinalIgnoreCase) : null;
        var from = From;
        var to = To;
        return chunk =>
            (ids == null || ids.Contains(chunk.ArticleId)) &&
            (outlets == null || (chunk.Outlet != null && outlets.Contains(chunk.Outlet))) &&
            (from == null || (chunk.Published != null && chunk.Published >= from)) &&
            (to == null || (chunk.Published != null && chunk.Published <= to));
    }
}
