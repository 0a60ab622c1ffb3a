using Azure.AI.OpenAI;

namespace Bot.Core.LanguageModels;

/// <summary>The Azure OpenAI api-version labels this build's Azure.AI.OpenAI speaks ("2024-10-21", "2025-04-01-preview", …).</summary>
/// <remarks>
/// The SDK shapes its requests and replies per version, so a label it does not know cannot simply be passed
/// through; <c>Bot:Model:ApiVersion</c> is checked against this list at start instead.
/// </remarks>
public static class AzureApiVersions
{
    /// <summary>The api-version used when none is configured: the latest generally available one.</summary>
    public const string Default = "2024-10-21";

    /// <summary>Every label the SDK supports, oldest first.</summary>
    public static IReadOnlyList<string> Supported { get; } =
        Enum.GetValues<AzureOpenAIClientOptions.ServiceVersion>().Select(Label).ToArray();

    /// <summary>True when <paramref name="label"/> is one of <see cref="Supported"/>.</summary>
    public static bool IsSupported(string label) => Supported.Contains(label, StringComparer.OrdinalIgnoreCase);

    /// <summary>The SDK's version for <paramref name="label"/>; only call it with a supported label.</summary>
    public static AzureOpenAIClientOptions.ServiceVersion Parse(string label) =>
        Enum.GetValues<AzureOpenAIClientOptions.ServiceVersion>().Single(v => string.Equals(Label(v), label, StringComparison.OrdinalIgnoreCase));

    // V2024_10_21 is "2024-10-21"; V2025_01_01_Preview is "2025-01-01-preview".
    private static string Label(AzureOpenAIClientOptions.ServiceVersion version) =>
        version.ToString().TrimStart('V').Replace('_', '-').ToLowerInvariant();
}
