using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Search.Documents;
using Azure.Search.Documents.Indexes;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>The clients of the two indexes (passages, articles), built once with the configured retry policy.</summary>
/// <remarks>
/// Azure.Core's retry policy already retries 408, 429 and 5xx answers and failed connections, honouring the
/// service's Retry-After; we only bound it (<see cref="AzureSearchOptions.MaxRetries"/>) and use exponential backoff.
/// </remarks>
public sealed class AzureSearchIndexes : IDisposable
{
    private readonly SearchIndexClient _indexes;
    private readonly AzureSearchOptions _options;
    private readonly float _titleBoost;
    private readonly SemaphoreSlim _ensuring = new(1, 1);
    private volatile bool _ensured;

    /// <param name="transport">Null for the real service; tests pass one that reaches a loopback server.</param>
    public AzureSearchIndexes(AzureSearchOptions options, float titleBoost, HttpPipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException("Bot:AzureSearch:Endpoint is empty: set it to the search service URL, e.g. https://newsroom.search.windows.net.");
        }

        _options = options;
        _titleBoost = titleBoost;
        var endpoint = new Uri(options.Endpoint);
        var clientOptions = ClientOptions(options, transport);
        _indexes = options.UseEntraId
            ? new SearchIndexClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new SearchIndexClient(endpoint, new AzureKeyCredential(RequireKey(options)), clientOptions);
        Passages = _indexes.GetSearchClient(options.IndexName);
        Articles = _indexes.GetSearchClient(options.ArticleIndexName);
    }

    /// <summary>The passage index: text, title, filters, the passage vector and the sentence data.</summary>
    public SearchClient Passages { get; }

    /// <summary>The article index: metadata and the cleaned body, keyed by the article id.</summary>
    public SearchClient Articles { get; }

    /// <summary>True when BM25 also matches headlines (through the title scoring profile).</summary>
    public bool Titles => _titleBoost > 0;

    /// <summary>The settings these clients were built from.</summary>
    public AzureSearchOptions Options => _options;

    /// <summary>Where the indexes are, for messages.</summary>
    public string Location => $"{_options.Endpoint} (indexes {_options.IndexName}, {_options.ArticleIndexName})";

    /// <summary>Creates both indexes, or updates them to this schema.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        await _indexes.CreateOrUpdateIndexAsync(AzureSearchSchema.Passages(_options, _titleBoost), cancellationToken: cancellationToken).ConfigureAwait(false);
        await _indexes.CreateOrUpdateIndexAsync(AzureSearchSchema.Articles(_options), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <see cref="EnsureAsync"/>, once per process: writers call it before their first write.</summary>
    public async Task EnsureOnceAsync(CancellationToken cancellationToken = default)
    {
        if (_ensured)
        {
            return;
        }

        await _ensuring.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ensured)
            {
                await EnsureAsync(cancellationToken).ConfigureAwait(false);
                _ensured = true;
            }
        }
        finally
        {
            _ensuring.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _ensuring.Dispose();

    private static SearchClientOptions ClientOptions(AzureSearchOptions options, HttpPipelineTransport? transport)
    {
        var clientOptions = new SearchClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(options.MaxRetryDelaySeconds);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(options.NetworkTimeoutSeconds);
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        return clientOptions;
    }

    private static string RequireKey(AzureSearchOptions options) => string.IsNullOrWhiteSpace(options.ApiKey)
        ? throw new InvalidOperationException("Bot:AzureSearch:ApiKey is empty: set an admin key, or set Bot:AzureSearch:UseEntraId to true.")
        : options.ApiKey;
}
