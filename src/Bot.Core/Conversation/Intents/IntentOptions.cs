using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Conversation.Intents;

/// <summary>Where the intent router finds its labelled examples and how sure it must be.</summary>
public sealed class IntentOptions : IValidatableObject
{
    public const string SectionName = "Bot:Intents";

    /// <summary>The labelled utterances (<c>label\ttext</c>); relative paths resolve against the app folder.</summary>
    [Required]
    public string DataFile { get; set; } = "prompts/intents.tsv";

    /// <summary>Below this class probability the message is treated as a question, the safe default.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.4;

    /// <summary>The data file as an absolute path.</summary>
    public string DataFilePath => Path.IsPathRooted(DataFile) ? DataFile : Path.Combine(AppContext.BaseDirectory, DataFile);

    /// <summary>Fails at startup, not at the first message, when the data file is missing.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(DataFile) && !File.Exists(DataFilePath))
        {
            yield return new ValidationResult(
                $"{SectionName}:{nameof(DataFile)} points at '{DataFilePath}', which does not exist; see docs/configuration.md.",
                [nameof(DataFile)]);
        }
    }
}
