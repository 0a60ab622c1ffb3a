using Azure.Search.Documents;
using Azure.Search.Documents.Models;
using Bot.Core.Articles;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>Reads of the articles index: by id, newest headlines, the overview, and every article (pages of 1000).</summary>
internal static class ArticleReads
{
    private const int Page = 1000;

    public static async Task<IReadOnlyDictionary<string, NewsArticle>> ByIdsAsync(SearchClient articles, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, NewsArticle>(StringComparer.Ordinal);
        foreach (var batch in articleIds.Distinct(StringComparer.Ordinal).Chunk(Page))
        {
            var options = new SearchOptions { Size = batch.Length, Filter = ODataFilters.ArticleIn(batch) };
            foreach (var document in await ReadAsync(articles, options, cancellationToken).ConfigureAwait(false))
            {
                found[document.ArticleId] = document.ToArticle();
            }
        }

        return found;
    }

    public static async Task<IReadOnlyList<NewsArticle>> LatestArticlesAsync(SearchClient articles, int count, CancellationToken cancellationToken)
    {
        var options = Metadata(new SearchOptions { Size = count, OrderBy = { "published desc", "articleId asc" } });
        var documents = await ReadAsync(articles, options, cancellationToken).ConfigureAwait(false);
        return [.. documents.Select(d => d.ToArticle())];
    }

    public static async Task<CorpusOverview> OverviewAsync(AzureSearchIndexes indexes, CancellationToken cancellationToken)
    {
        var articles = indexes.Articles.GetDocumentCountAsync(cancellationToken);
        var passages = indexes.Passages.GetDocumentCountAsync(cancellationToken);
        var outlets = OutletsAsync(indexes.Articles, cancellationToken);
        var first = EdgeDateAsync(indexes.Articles, "asc", cancellationToken);
        var last = EdgeDateAsync(indexes.Articles, "desc", cancellationToken);
        var dated = DatedAsync(indexes.Articles, cancellationToken);
        await Task.WhenAll(articles, passages, outlets, first, last, dated).ConfigureAwait(false);
        return new CorpusOverview((int)articles.Result.Value, (int)passages.Result.Value, outlets.Result.Names, first.Result, last.Result)
        {
            WithOutlet = outlets.Result.Articles,
            Dated = dated.Result,
        };
    }

    /// <summary>Every article, in id order.</summary>
    public static async Task<IReadOnlyDictionary<string, NewsArticle>> AllAsync(SearchClient articles, CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, NewsArticle>(StringComparer.Ordinal);
        for (int skip = 0; ; skip += Page)
        {
            var options = new SearchOptions { Size = Page, Skip = skip, OrderBy = { "articleId asc" } };
            var page = await ReadAsync(articles, options, cancellationToken).ConfigureAwait(false);
            foreach (var document in page)
            {
                all[document.ArticleId] = document.ToArticle();
            }

            if (page.Count < Page)
            {
                return all;
            }
        }
    }

    // The outlets named, and how many articles name one (the facet counts' sum).
    private static async Task<(IReadOnlyList<string> Names, int Articles)> OutletsAsync(SearchClient articles, CancellationToken cancellationToken)
    {
        var options = new SearchOptions { Size = 0, Facets = { "outlet,count:1000" } };
        var response = await articles.SearchAsync<ArticleDocument>("*", options, cancellationToken).ConfigureAwait(false);
        var facets = response.Value.Facets is { } all && all.TryGetValue("outlet", out var outlet) ? outlet : [];
        var named = facets.Where(f => f.Value is not null).ToList();
        return ([.. named.Select(f => f.Value!.ToString()).OfType<string>().Order()], (int)named.Sum(f => f.Count ?? 0));
    }

    private static async Task<int> DatedAsync(SearchClient articles, CancellationToken cancellationToken)
    {
        var options = new SearchOptions { Size = 0, Filter = "published ne null", IncludeTotalCount = true };
        var response = await articles.SearchAsync<ArticleDocument>("*", options, cancellationToken).ConfigureAwait(false);
        return (int)(response.Value.TotalCount ?? 0);
    }

    private static async Task<DateOnly?> EdgeDateAsync(SearchClient articles, string direction, CancellationToken cancellationToken)
    {
        var options = Metadata(new SearchOptions { Size = 1, Filter = "published ne null", OrderBy = { $"published {direction}" } });
        var documents = await ReadAsync(articles, options, cancellationToken).ConfigureAwait(false);
        return documents.Count == 0 ? null : ArticleDocument.ToDate(documents[0].Published);
    }

    // Bodies stay on the service when only headlines and dates are needed.
    private static SearchOptions Metadata(SearchOptions options)
    {
        foreach (var field in ArticleDocument.Metadata)
        {
            options.Select.Add(field);
        }

        return options;
    }

    private static async Task<List<ArticleDocument>> ReadAsync(SearchClient articles, SearchOptions options, CancellationToken cancellationToken)
    {
        var response = await articles.SearchAsync<ArticleDocument>("*", options, cancellationToken).ConfigureAwait(false);
        var documents = new List<ArticleDocument>();
        await foreach (SearchResult<ArticleDocument> result in response.Value.GetResultsAsync().ConfigureAwait(false))
        {
            documents.Add(result.Document);
        }

        return documents;
    }
}
