using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>Where the passages live when one process is not enough (section <c>Bot:AzureSearch</c>).</summary>
public sealed class AzureSearchOptions
{
    public const string SectionName = "Bot:AzureSearch";

    /// <summary>The search service, e.g. <c>https://newsroom.search.windows.net</c>. Empty: the in-memory store is used.</summary>
    public string Endpoint { get; set; } = string.Empty;

    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9-]{1,126}$", ErrorMessage = "Bot:AzureSearch:IndexName must be lower-case letters, digits and dashes.")]
    public string IndexName { get; set; } = "news-passages";

    /// <summary>An admin key; leave empty and set <see cref="UseEntraId"/> to sign in with DefaultAzureCredential instead.</summary>
    public string ApiKey { get; set; } = string.Empty;

    public bool UseEntraId { get; set; }

    /// <summary>Must equal the embedder's width (512 for the local encoder, 1536 for text-embedding-3-small).</summary>
    [Range(16, 4096)]
    public int Dimensions { get; set; } = 512;

    /// <summary>How many passages go in one upload request; the service accepts at most 1000.</summary>
    [Range(1, 1000)]
    public int UploadBatchSize { get; set; } = 500;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);
}
