using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>The Azure AI Search service that holds passages and articles when <c>Bot:Retrieval:Store</c> is AzureSearch (section <c>Bot:AzureSearch</c>).</summary>
public sealed class AzureSearchOptions : IValidatableObject
{
    public const string SectionName = "Bot:AzureSearch";

    /// <summary>The search service, e.g. <c>https://newsroom.search.windows.net</c>. Required when the store is AzureSearch.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The passage index; the articles live beside it in <c>{IndexName}-articles</c>.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]{1,117}$", ErrorMessage = "Bot:AzureSearch:IndexName must be lower-case letters, digits and dashes (at most 118, leaving room for -articles).")]
    public string IndexName { get; set; } = "news-passages";

    /// <summary>An admin key; leave empty and set <see cref="UseEntraId"/> to sign in with DefaultAzureCredential instead.</summary>
    public string ApiKey { get; set; } = string.Empty;

    public bool UseEntraId { get; set; }

    /// <summary>Must equal the embedder's width (512 for the local encoder, 1536 for text-embedding-3-small).</summary>
    [Range(16, 4096)]
    public int Dimensions { get; set; } = 512;

    /// <summary>How many documents go in one upload request; the service accepts at most 1000.</summary>
    [Range(1, 1000)]
    public int UploadBatchSize { get; set; } = 500;

    /// <summary>How often a throttled (429) or unavailable (503) request is retried, with exponential backoff, before the user is told.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay in seconds; each later one doubles it (a Retry-After from the service wins).</summary>
    [Range(0.0, 60.0)]
    public double RetryDelaySeconds { get; set; } = 0.8;

    /// <summary>The longest wait between two retries, in seconds.</summary>
    [Range(0.0, 120.0)]
    public double MaxRetryDelaySeconds { get; set; } = 8;

    /// <summary>How long one request may take, in seconds, before it counts as failed (and is retried).</summary>
    [Range(1.0, 600.0)]
    public double NetworkTimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>Set at composition when <c>Bot:Retrieval:Store</c> is AzureSearch: the service is then required at start.</summary>
    internal bool IsRequired { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsRequired && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Bot:Retrieval:Store is AzureSearch, so Bot:AzureSearch:Endpoint must be the search service URL (e.g. https://newsroom.search.windows.net); see docs/configuration.md.", [nameof(Endpoint)]);
        }

        if (IsRequired && !UseEntraId && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult("Bot:Retrieval:Store is AzureSearch, so set Bot:AzureSearch:ApiKey (an admin key, e.g. in the environment as Bot__AzureSearch__ApiKey) or Bot:AzureSearch:UseEntraId=true; see docs/configuration.md.", [nameof(ApiKey)]);
        }
    }

    /// <summary>The articles index's name.</summary>
    public string ArticleIndexName => IndexName + "-articles";
}
