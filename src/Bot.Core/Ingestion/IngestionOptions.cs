using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Bot.Core.Ingestion;

/// <summary>Settings for reading, cleaning and de-duplicating article files (section <c>Bot:Ingestion</c>).</summary>
public sealed class IngestionOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Bot:Ingestion";

    /// <summary>The default largest file, in bytes, that is read.</summary>
    public const long DefaultMaxFileBytes = 2_000_000;

    /// <summary>The default shingle similarity at which two articles count as the same story.</summary>
    public const double DefaultNearDuplicateThreshold = 0.85;

    /// <summary>The extensions read when <see cref="Extensions"/> is left empty.</summary>
    public static IReadOnlyList<string> DefaultExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>Files larger than this many bytes are skipped.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>Jaccard similarity of word 5-shingles at or above which two articles are merged.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double NearDuplicateThreshold { get; set; } = DefaultNearDuplicateThreshold;

    /// <summary>File extensions to read; empty means <see cref="DefaultExtensions"/>.</summary>
    /// <remarks>
    /// Empty by default because the configuration binder appends bound items to a pre-filled list,
    /// which would make it impossible to narrow the defaults from appsettings.json.
    /// </remarks>
    public IList<string> Extensions { get; set; } = [];

    /// <summary>The extensions in effect: the configured ones, or the defaults when none are configured.</summary>
    public IReadOnlyList<string> GetExtensions() =>
        Extensions.Count == 0 ? DefaultExtensions : [.. Extensions.Select(NormalizeExtension)];

    /// <summary>Checks every value and returns one message per problem, naming the configuration key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MaxFileBytes <= 0)
        {
            errors.Add(Invariant($"{SectionName}:MaxFileBytes must be greater than 0 (was {MaxFileBytes})."));
        }

        if (double.IsNaN(NearDuplicateThreshold) || NearDuplicateThreshold <= 0 || NearDuplicateThreshold > 1)
        {
            errors.Add(Invariant(
                $"{SectionName}:NearDuplicateThreshold must be above 0 and at most 1 (was {NearDuplicateThreshold})."));
        }

        foreach (var extension in Extensions.Where(e => !IsValidExtension(e)))
        {
            errors.Add($"{SectionName}:Extensions has '{extension}'; use a dot and a name, for example '.txt'.");
        }

        return errors;
    }

    private static bool IsValidExtension(string? extension)
    {
        if (string.IsNullOrWhiteSpace(extension))
        {
            return false;
        }

        var normalized = NormalizeExtension(extension);
        return normalized.Length > 1 && !normalized.Any(c => char.IsWhiteSpace(c) || c is '/' or '\\' or '*');
    }

    private static string NormalizeExtension(string extension)
    {
        var trimmed = extension.Trim().ToLowerInvariant();
        return trimmed.StartsWith('.') ? trimmed : "." + trimmed;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext) =>
        Validate().Select(error => new ValidationResult(error + " See docs/configuration.md."));
}
