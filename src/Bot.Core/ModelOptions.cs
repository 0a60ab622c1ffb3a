using System.ComponentModel.DataAnnotations;

namespace Bot.Core;

/// <summary>Which models the bot uses. Offline (the default) needs no key and no network.</summary>
public sealed class ModelOptions
{
    public const string SectionName = "Bot:Model";

    /// <summary>"Offline" (local embeddings, extractive answers). Cloud providers are opt-in.</summary>
    [RegularExpression("^(Offline|AzureOpenAI|OpenAI|Ollama)$", ErrorMessage = "Bot:Model:Provider must be Offline, AzureOpenAI, OpenAI or Ollama.")]
    public string Provider { get; set; } = "Offline";

    /// <summary>The folder holding the Universal Sentence Encoder Lite files; empty means the app's own copy.</summary>
    public string EmbeddingModelPath { get; set; } = string.Empty;
}
