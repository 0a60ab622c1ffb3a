using Azure.Search.Documents;
using Azure.Search.Documents.Models;
using Bot.Core.Text;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>Document frequencies counted by the service: one <c>$count</c> search per distinct term of a question, in parallel.</summary>
/// <remarks>
/// Each word is sent as the user wrote it and analysed by the service (en.lucene, as in memory), because a Porter stem
/// stemmed again is not always itself. A word that analyses to several terms ("cross-border") sends each term alone.
/// </remarks>
internal sealed class ServiceTermStatistics(int count, IReadOnlyDictionary<string, int> frequencies) : ITermStatistics
{
    public int Count { get; } = count;

    // A term that was not asked about counts as common rather than unknown, so it cannot make a question look unanswerable.
    public int DocumentFrequency(string term) => frequencies.TryGetValue(term, out int df) ? df : Count;

    public static async Task<ITermStatistics> CountAsync(SearchClient passages, string text, CancellationToken cancellationToken)
    {
        var queries = Queries(text);
        var total = passages.GetDocumentCountAsync(cancellationToken);
        var counts = queries.Select(q => CountMatchesAsync(passages, q.Query, cancellationToken)).ToList();
        await Task.WhenAll(counts.Cast<Task>().Append(total)).ConfigureAwait(false);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < queries.Count; i++)
        {
            frequencies[queries[i].Term] = (int)counts[i].Result;
        }

        return new ServiceTermStatistics((int)total.Result.Value, frequencies);
    }

    // The distinct analysed terms of the text, each with the query that counts it.
    private static List<(string Term, string Query)> Queries(string text)
    {
        var queries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var terms = EnglishTerms.Analyze(word);
            foreach (var term in terms)
            {
                queries.TryAdd(term, terms.Count == 1 ? word : term);
            }
        }

        return [.. queries.Select(q => (q.Key, q.Value))];
    }

    private static async Task<long> CountMatchesAsync(SearchClient passages, string query, CancellationToken cancellationToken)
    {
        var options = new SearchOptions { Size = 0, IncludeTotalCount = true, QueryType = SearchQueryType.Simple, SearchMode = SearchMode.All };
        options.SearchFields.Add("text");
        var response = await passages.SearchAsync<PassageDocument>(SimpleQuery.Escape(query), options, cancellationToken).ConfigureAwait(false);
        return response.Value.TotalCount ?? 0;
    }
}
