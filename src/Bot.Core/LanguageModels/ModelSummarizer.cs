using Bot.Core.Answering;
using Bot.Core.Prompts;
using Bot.Core.Retrieval;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Core.LanguageModels;

/// <summary>Writes a topic summary with the model from the passages the extractive summary chose, then verifies every citation.</summary>
/// <remarks>
/// The extractive summary is both the source list and the safety net: the model sees exactly the passages
/// it quotes, so both cover the same articles, and when the model fails or none of its sentences survive
/// verification the reader gets the extractive summary with a one-line notice. The article count comes
/// from our records, not the model, so it is always right.
/// </remarks>
public sealed class ModelSummarizer(ModelChat model, PromptLibrary prompts)
{
    /// <summary>The notice on a summary that is extractive because the model failed.</summary>
    public const string UnavailableNotice = "The model is unavailable, so this is the extractive summary.";

    /// <summary>The notice on a summary that is extractive because the sources supported none of the model's sentences.</summary>
    public const string UnsupportedNotice = "The model's summary was not supported by the sources, so this is the extractive summary.";

    private static readonly OpenAIPromptExecutionSettings Settings = new() { Temperature = 0, MaxTokens = 800 };

    /// <summary>Summarises <paramref name="topic"/> from <paramref name="extractive"/>'s passages, labelled [1]..[k] in order, under <paramref name="heading"/>.</summary>
    public async Task<Answer> SummarizeAsync(string topic, string heading, Answer extractive, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<SearchHit> sources = extractive.Passages;
        var chat = new ChatHistory(prompts.Render("summarize.system", new Dictionary<string, string>()));
        chat.AddUserMessage(prompts.Render("summarize.user", new Dictionary<string, string>
        {
            ["topic"] = topic,
            ["sources"] = ModelPrompt.Sources(sources),
        }));
        var reply = await model.TryCompleteAsync("summary", chat, Settings, cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            return extractive with { Notice = UnavailableNotice };
        }

        var verified = CitationVerifier.Verify(reply, sources);
        return verified.Abstained || verified.SupportedSentences is null or 0
            ? extractive with { Notice = UnsupportedNotice }
            : verified with { Text = heading + "\n\n" + verified.Text };
    }
}
