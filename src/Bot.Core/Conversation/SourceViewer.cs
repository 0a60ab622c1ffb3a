using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>"Show source 2": the whole paragraph behind citation 2 of the previous answer.</summary>
/// <remarks>
/// A remembered answer can cite an article taken down since (<c>bot remove</c>); the removal list is read first, so its
/// text (and headline) is not shown again even by a host that still holds it, and the reply says it was removed.
/// </remarks>
public sealed class SourceViewer(IPassageStore store, RemovedArticles removals)
{
    /// <summary>Shows citation <paramref name="number"/> of the latest answer in <paramref name="turns"/> that has citations.</summary>
    public async Task<Answer> ShowAsync(int number, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken = default)
    {
        var previous = ConversationTurn.LatestCited(turns);
        if (previous is null)
        {
            return new Answer("There is no earlier answer with sources in this conversation yet. Ask a question first.", Abstained: true, [], []);
        }

        var citation = previous.Citations.FirstOrDefault(c => c.Number == number);
        if (citation is null)
        {
            return new Answer($"The last answer has sources 1–{previous.Citations.Count}; there is no source {number}.", Abstained: true, [], []);
        }

        var removal = removals.Find(citation.ArticleId);
        var article = removal is null ? await store.FindArticleAsync(citation.ArticleId, cancellationToken).ConfigureAwait(false) : null;
        if (article is null)
        {
            var why = removal is null ? "is no longer in the articles" : $"was {removal.Describe()}";
            return new Answer($"Source [{number}] ({citation.ArticleId}) {why}, so it cannot be shown.", Abstained: true, [], []);
        }

        var paragraph = SentenceSplitter.Paragraphs(article.Body).First(p => p.Start <= citation.Start && citation.End <= p.End + 1);
        var text = $"Source [{number}]: “{article.Title}” — {citation.Attribution}\n\n{paragraph.Of(article.Body)}";
        return new Answer(text, Abstained: false, [citation with { Number = number }], previous.Passages.Where(p => p.Chunk.Id == citation.ChunkId).ToList());
    }
}
