using Bot.Core.Answering;
using Bot.Core.Prompts;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Core.LanguageModels;

/// <summary>Turns a follow-up ("who led it?") into a stand-alone question with the model.</summary>
/// <remarks>
/// A model reads references back far better than the offline resolver's word borrowing, but its output only
/// steers retrieval and is never shown as fact. Still, a rewrite that is empty or runs on (a model answering
/// instead of rewriting) would search for the wrong thing, so those, like any model failure, give null and
/// the offline reading stands.
/// </remarks>
public sealed class FollowUpRewriter(ModelChat model, PromptLibrary prompts)
{
    /// <summary>The longest rewrite accepted; anything longer is treated as the model not following the prompt.</summary>
    public const int MaxLength = 300;

    private static readonly OpenAIPromptExecutionSettings Settings = new() { Temperature = 0, MaxTokens = 120 };

    /// <summary>The question to search with for <paramref name="utterance"/>, given the earlier <paramref name="turns"/>; null when there is nothing to rewrite against or the model gave nothing usable.</summary>
    public async Task<string?> RewriteAsync(string utterance, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken = default)
    {
        if (turns.Count == 0)
        {
            return null;
        }

        var chat = new ChatHistory(prompts.Render("rewrite.system", new Dictionary<string, string>()));
        chat.AddUserMessage(prompts.Render("rewrite.user", new Dictionary<string, string>
        {
            ["history"] = ModelPrompt.History(turns),
            ["question"] = utterance,
        }));
        var reply = await model.TryCompleteAsync("follow-up rewrite", chat, Settings, cancellationToken).ConfigureAwait(false);
        var rewritten = Clean(reply);
        return rewritten.Length == 0 || rewritten.Length > MaxLength ? null : rewritten;
    }

    // Models often wrap the question in quotes or a label despite the prompt; those carry no meaning.
    private static string Clean(string? reply)
    {
        var text = (reply ?? string.Empty).Trim();
        if (text.StartsWith("Stand-alone question:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["Stand-alone question:".Length..].Trim();
        }

        return text.Trim('"', '“', '”', '\'').Trim();
    }
}
