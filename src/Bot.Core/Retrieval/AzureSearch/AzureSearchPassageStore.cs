using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Identity;
using Azure.Search.Documents;
using Azure.Search.Documents.Indexes;
using Azure.Search.Documents.Indexes.Models;
using Azure.Search.Documents.Models;
using Bot.Core.Chunking;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using AzureFilter = Azure.Search.Documents.SearchFilter;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>
/// The passage store on Azure AI Search, behind the same <see cref="IVectorSearchable{TRecord}"/> as the in-memory one:
/// an index with a searchable text field (Microsoft's English analyzer) and an HNSW vector field, queried hybrid
/// (BM25 and vectors fused by the service with RRF, as our in-memory retriever does).
/// </summary>
public sealed class AzureSearchPassageStore : IVectorSearchable<ArticleChunk>
{
    private const string VectorProfile = "passages-hnsw", VectorAlgorithm = "hnsw";
    private readonly AzureSearchOptions _options;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _embedder;
    private readonly SearchIndexClient _indexes;
    private readonly SearchClient _search;

    public AzureSearchPassageStore(AzureSearchOptions options, IEmbeddingGenerator<string, Embedding<float>>? embedder = null, SearchClientOptions? clientOptions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException("Bot:AzureSearch:Endpoint is empty: set it to the search service URL, e.g. https://newsroom.search.windows.net.");
        }

        _options = options;
        _embedder = embedder;
        var endpoint = new Uri(options.Endpoint);
        _indexes = options.UseEntraId
            ? new SearchIndexClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new SearchIndexClient(endpoint, new AzureKeyCredential(RequireKey(options)), clientOptions);
        _search = _indexes.GetSearchClient(options.IndexName);
    }

    /// <summary>Creates the index, or updates it to this schema.</summary>
    public Task EnsureIndexAsync(CancellationToken cancellationToken = default) =>
        _indexes.CreateOrUpdateIndexAsync(Schema(), cancellationToken: cancellationToken);

    /// <summary>Uploads passages with their vectors, in batches the service accepts; returns how many it stored.</summary>
    /// <param name="progress">Told the running total after each batch.</param>
    public async Task<int> UpsertAsync(IEnumerable<ArticleChunk> chunks, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        int stored = 0;
        foreach (var batch in chunks.Chunk(_options.UploadBatchSize))
        {
            var result = await _search.MergeOrUploadDocumentsAsync(batch.Select(PassageDocument.From), cancellationToken: cancellationToken).ConfigureAwait(false);
            var failed = result.Value.Results.Where(r => !r.Succeeded).ToList();
            if (failed.Count > 0)
            {
                throw new InvalidOperationException($"Azure AI Search refused {failed.Count} of {batch.Length} passages, e.g. {failed[0].Key}: {failed[0].ErrorMessage}");
            }

            stored += batch.Length;
            progress?.Report(stored);
        }

        return stored;
    }

    /// <summary>Hybrid search: the question's words and its vector in one request; the service fuses the rankings.</summary>
    public async Task<IReadOnlyList<(ArticleChunk Chunk, double Score)>> HybridSearchAsync(
        string? question, ReadOnlyMemory<float> vector, int top, SearchFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var options = new SearchOptions { Size = top, Filter = ODataFilter(filter) };
        options.VectorSearch = new() { Queries = { new VectorizedQuery(vector) { KNearestNeighborsCount = Math.Max(top, 50), Fields = { "embedding" } } } };
        foreach (var field in new[] { "id", "articleId", "title", "outlet", "published", "ordinal", "start", "end", "text", "sentences" })
        {
            options.Select.Add(field);
        }

        var response = await _search.SearchAsync<PassageDocument>(question, options, cancellationToken).ConfigureAwait(false);
        var hits = new List<(ArticleChunk, double)>();
        await foreach (var result in response.Value.GetResultsAsync().ConfigureAwait(false))
        {
            hits.Add((result.Document.ToChunk(), result.Score ?? 0));
        }

        return hits;
    }

    /// <inheritdoc />
    /// <remarks>Vector-only search. Expression filters cannot be sent to the service; use <see cref="HybridSearchAsync"/> with a <see cref="SearchFilter"/>.</remarks>
    public async IAsyncEnumerable<VectorSearchResult<ArticleChunk>> SearchAsync<TInput>(
        TInput searchValue, int top, VectorSearchOptions<ArticleChunk>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TInput : notnull
    {
        if (options?.Filter is not null)
        {
            throw new NotSupportedException("Azure AI Search takes OData filters: call HybridSearchAsync with a SearchFilter instead of an expression.");
        }

        var vector = searchValue switch
        {
            ReadOnlyMemory<float> memory => memory,
            float[] array => array,
            string text when _embedder is not null => (await _embedder.GenerateAsync([text], cancellationToken: cancellationToken).ConfigureAwait(false))[0].Vector,
            _ => throw new NotSupportedException($"Search by {typeof(TInput).Name} needs an embedder; pass a vector or a string with an embedder configured."),
        };
        foreach (var (chunk, score) in await HybridSearchAsync(null, vector, top, null, cancellationToken).ConfigureAwait(false))
        {
            yield return new VectorSearchResult<ArticleChunk>(chunk, score);
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <summary>The OData filter for <paramref name="filter"/>; values go through the SDK's escaping, never string concatenation.</summary>
    public static string? ODataFilter(SearchFilter? filter)
    {
        if (filter is null || filter.IsEmpty)
        {
            return null;
        }

        var parts = new List<string>();
        if (filter.ArticleIds is { Count: > 0 } ids)
        {
            parts.Add(AzureFilter.Create($"search.in(articleId, {string.Join('|', ids)}, '|')", CultureInfo.InvariantCulture));
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

    private SearchIndex Schema() => new(_options.IndexName)
    {
        Fields =
        {
            new SimpleField("id", SearchFieldDataType.String) { IsKey = true },
            new SimpleField("articleId", SearchFieldDataType.String) { IsFilterable = true },
            new SearchableField("title") { AnalyzerName = LexicalAnalyzerName.EnMicrosoft },
            new SimpleField("outlet", SearchFieldDataType.String) { IsFilterable = true, IsFacetable = true },
            new SimpleField("published", SearchFieldDataType.DateTimeOffset) { IsFilterable = true, IsSortable = true },
            new SimpleField("ordinal", SearchFieldDataType.Int32),
            new SimpleField("start", SearchFieldDataType.Int32),
            new SimpleField("end", SearchFieldDataType.Int32),
            new SearchableField("text") { AnalyzerName = LexicalAnalyzerName.EnMicrosoft },
            new SimpleField("sentences", SearchFieldDataType.Collection(SearchFieldDataType.Int32)),
            new VectorSearchField("embedding", _options.Dimensions, VectorProfile) { IsHidden = true },
        },
        VectorSearch = new()
        {
            Profiles = { new VectorSearchProfile(VectorProfile, VectorAlgorithm) },
            Algorithms = { new HnswAlgorithmConfiguration(VectorAlgorithm) { Parameters = new HnswParameters { Metric = VectorSearchAlgorithmMetric.Cosine } } },
        },
    };

    private static string RequireKey(AzureSearchOptions options) => string.IsNullOrWhiteSpace(options.ApiKey)
        ? throw new InvalidOperationException("Bot:AzureSearch:ApiKey is empty: set an admin key, or set Bot:AzureSearch:UseEntraId to true.")
        : options.ApiKey;
}
