using Bot.Core.Answering;
using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>"Show source 2": the whole paragraph behind citation 2 of the previous answer.</summary>
public sealed class SourceViewer(IPassageStore store)
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
        var article = citation is null ? null : await store.FindArticleAsync(citation.ArticleId, cancellationToken).ConfigureAwait(false);
        if (citation is null || article is null)
        {
            return new Answer($"The last answer has sources 1–{previous.Citations.Count}; there is no source {number}.", Abstained: true, [], []);
        }

        var paragraph = SentenceSplitter.Paragraphs(article.Body).First(p => p.Start <= citation.Start && citation.End <= p.End + 1);
        var text = $"Source [{number}]: “{article.Title}” — {citation.Attribution}\n\n{paragraph.Of(article.Body)}";
        return new Answer(text, Abstained: false, [citation with { Number = number }], previous.Passages.Where(p => p.Chunk.Id == citation.ChunkId).ToList());
    }
}
