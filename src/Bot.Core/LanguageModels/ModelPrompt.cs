using System.Globalization;
using System.Text;
using Bot.Core.Answering;
using Bot.Core.Prompts;
using Bot.Core.Retrieval;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Bot.Core.LanguageModels;

/// <summary>Builds the chat for one question: the system prompt, then the user prompt with history and numbered sources.</summary>
internal static class ModelPrompt
{
    private const int HistoryTurns = 3;

    public static ChatHistory Build(PromptLibrary prompts, string question, IReadOnlyList<SearchHit> sources, IReadOnlyList<ConversationTurn> history)
    {
        var chat = new ChatHistory(prompts.Render("answer.system", new Dictionary<string, string>()));
        chat.AddUserMessage(prompts.Render("answer.user", new Dictionary<string, string>
        {
            ["history"] = History(history),
            ["sources"] = Sources(sources),
            ["question"] = question,
        }));
        return chat;
    }

    /// <summary>Each source as "[n] headline — outlet, date (article id)" followed by its passage text, fenced (see <see cref="SourceFence"/>).</summary>
    public static string Sources(IReadOnlyList<SearchHit> sources)
    {
        var text = new StringBuilder();
        var fence = new SourceFence();
        for (int i = 0; i < sources.Count; i++)
        {
            var chunk = sources[i].Chunk;
            var date = chunk.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            text.Append('[').Append(i + 1).Append("] ").Append(chunk.Title)
                .Append(" — ").Append(chunk.Outlet ?? "unknown outlet").Append(", ").Append(date)
                .Append(" (article ").Append(chunk.ArticleId).AppendLine(")");
            fence.Append(text, i + 1, chunk.Text.Trim()).AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The last few turns as "User: … / Assistant: …" lines, or "(none)".</summary>
    public static string History(IReadOnlyList<ConversationTurn> history)
    {
        if (history.Count == 0)
        {
            return "(none)";
        }

        var text = new StringBuilder();
        foreach (var turn in history.TakeLast(HistoryTurns))
        {
            text.Append("User: ").AppendLine(turn.ResolvedText).Append("Assistant: ").AppendLine(turn.Reply.Text);
        }

        return text.ToString().TrimEnd();
    }
}
