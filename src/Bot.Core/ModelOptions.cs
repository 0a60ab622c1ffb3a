using System.ComponentModel.DataAnnotations;

namespace Bot.Core;

/// <summary>Which models the bot uses. Offline (the default) needs no key and no network.</summary>
public sealed class ModelOptions : IValidatableObject
{
    public const string SectionName = "Bot:Model";

    /// <summary>The provider name meaning "no model": local embeddings and extractive answers.</summary>
    public const string Offline = "Offline";

    /// <summary>The providers there are, spelled as the rest of the code compares them.</summary>
    public static readonly IReadOnlyList<string> Providers = [Offline, "AzureOpenAI", "OpenAI", "Ollama"];

    /// <summary>
    /// "Offline" (local embeddings, extractive answers), "AzureOpenAI", "OpenAI" or "Ollama", in any letter case
    /// (<c>Provider=openai</c> is OpenAI), as .NET binds enum settings. Cloud providers are opt-in.
    /// </summary>
    [RegularExpression("^(Offline|AzureOpenAI|OpenAI|Ollama)$", ErrorMessage = "Bot:Model:Provider must be Offline, AzureOpenAI, OpenAI or Ollama (in any letter case).")]
    public string Provider
    {
        get => _provider;
        set => _provider = Providers.FirstOrDefault(p => string.Equals(p, value?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? value ?? Offline;
    }

    private string _provider = Offline;

    /// <summary>The folder holding the Universal Sentence Encoder Lite files; empty means the app's own copy.</summary>
    public string EmbeddingModelPath { get; set; } = string.Empty;

    /// <summary>The model service's base address (for Ollama, its OpenAI-compatible <c>/v1</c> address).</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The chat model name; for Azure OpenAI, the deployment name.</summary>
    public string ChatModel { get; set; } = string.Empty;

    /// <summary>The API key. Never put it in appsettings.json: set the environment variable <c>Bot__Model__ApiKey</c>.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Azure only: sign in with Microsoft Entra ID (DefaultAzureCredential) instead of a key.</summary>
    public bool UseEntraId { get; set; }

    /// <summary>Azure only: the api-version sent with every call (see <see cref="LanguageModels.AzureApiVersions"/>).</summary>
    public string ApiVersion { get; set; } = LanguageModels.AzureApiVersions.Default;

    /// <summary>How long one model call may take, retries included, before the offline answerer takes over.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How long a streamed answer may take to produce its first text before the offline answer is given instead.</summary>
    [Range(1, 600)]
    public int FirstTokenSeconds { get; set; } = 8;

    /// <summary>How many times a call that failed with 429 or a 5xx status is retried.</summary>
    [Range(1, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>True when answers come from a model rather than the offline answerer.</summary>
    public bool UsesModel => !string.Equals(Provider, Offline, StringComparison.Ordinal);

    /// <summary>True for Azure OpenAI, which has its own paths, key header and api-version.</summary>
    public bool IsAzure => string.Equals(Provider, "AzureOpenAI", StringComparison.Ordinal);

    /// <summary>The settings a non-offline provider still lacks, each naming its key; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!UsesModel)
        {
            return errors;
        }

        if (string.IsNullOrWhiteSpace(Endpoint))
        {
            errors.Add($"Bot:Model:Endpoint is required when Bot:Model:Provider is {Provider}.");
        }
        else if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
        {
            errors.Add($"Bot:Model:Endpoint '{Endpoint}' is not an absolute URL.");
        }

        if (string.IsNullOrWhiteSpace(ChatModel))
        {
            errors.Add($"Bot:Model:ChatModel is required when Bot:Model:Provider is {Provider}.");
        }

        if (IsAzure && !LanguageModels.AzureApiVersions.IsSupported(ApiVersion))
        {
            errors.Add($"Bot:Model:ApiVersion '{ApiVersion}' is not an Azure OpenAI api-version this build speaks; use one of {string.Join(", ", LanguageModels.AzureApiVersions.Supported)}.");
        }

        bool keyless = Provider == "Ollama" || (IsAzure && UseEntraId);
        if (!keyless && string.IsNullOrWhiteSpace(ApiKey))
        {
            errors.Add($"Bot:Model:ApiKey is required when Bot:Model:Provider is {Provider}; set the environment variable Bot__Model__ApiKey.");
        }

        return errors;
    }

    /// <inheritdoc/>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext) =>
        Validate().Select(error => new ValidationResult(error + " See docs/configuration.md."));
}
