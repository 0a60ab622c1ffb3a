using System.Globalization;
using AzureFilter = Azure.Search.Documents.SearchFilter;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>OData filters for the service; values go through the SDK's escaping, never string concatenation.</summary>
public static class ODataFilters
{
    /// <summary>The OData filter for <paramref name="filter"/>; null when it lets everything through.</summary>
    public static string? For(SearchFilter? filter)
    {
        if (filter is null || filter.IsEmpty)
        {
            return null;
        }

        var parts = new List<string>();
        if (filter.ArticleIds is { Count: > 0 } ids)
        {
            parts.Add(ArticleIn(ids));
        }

        if (filter.Outlets is { Count: > 0 } outlets)
        {
            parts.Add(AzureFilter.Create($"search.in(outlet, {string.Join('|', outlets)}, '|')", CultureInfo.InvariantCulture));
        }

        if (filter.From is { } from)
        {
            parts.Add(AzureFilter.Create($"published ge {new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)}", CultureInfo.InvariantCulture));
        }

        if (filter.To is { } to)
        {
            parts.Add(AzureFilter.Create($"published le {new DateTimeOffset(to.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero)}", CultureInfo.InvariantCulture));
        }

        return string.Join(" and ", parts);
    }

    /// <summary>Documents of the given articles.</summary>
    public static string ArticleIn(IEnumerable<string> articleIds) =>
        AzureFilter.Create($"search.in(articleId, {string.Join('|', articleIds)}, '|')", CultureInfo.InvariantCulture);
}
