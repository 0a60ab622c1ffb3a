
namespace Bot.Core.Answering;

/// <summary>One exchange: what the user typed, what it was read as, and what the bot answered.</summary>
public sealed record ConversationTurn(string UserText, string ResolvedText, Answer Reply)
{
    /// <summary>The articles the reply cites, in order of first citation; empty when it abstained, since then it found nothing to follow up on.</summary>
    public IReadOnlyList<string> CitedArticleIds =>
        Reply.Abstained ? [] : Reply.Citations.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).ToList();
}
