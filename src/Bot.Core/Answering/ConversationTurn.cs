
namespace Bot.Core.Answering;

/// <summary>One exchange: what the user typed, what it was read as, and what the bot answered.</summary>
public sealed record ConversationTurn(string UserText, string ResolvedText, Answer Reply)
{
    /// <summary>The articles the reply cites, in order of first citation; empty when it abstained, since then it found nothing to follow up on.</summary>
    public IReadOnlyList<string> CitedArticleIds =>
        Reply.Abstained ? [] : Reply.Citations.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The latest reply in <paramref name="turns"/> that cites anything: the answer "show source 2" and "when was it published?" refer to.</summary>
    public static Answer? LatestCited(IReadOnlyList<ConversationTurn> turns) =>
        turns.LastOrDefault(t => t.Reply.Citations.Count > 0)?.Reply;
}
