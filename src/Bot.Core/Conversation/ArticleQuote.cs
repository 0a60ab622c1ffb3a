using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Chunking;
using Bot.Core.Conversation.Intents;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>The verbatim sentence that stands for an article when the reply is about the article itself.</summary>
/// <remarks>
/// A fact such as the outlet comes from ingestion, not from a sentence, but the citation still has to point at real
/// text so the reader can check which article is meant: the sentence naming the outlet when there is one, the
/// headline line when the body carries it, and otherwise the opening sentence (usually the dateline).
/// </remarks>
internal static class ArticleQuote
{
    /// <summary>A citation numbered <paramref name="number"/> quoting the sentence that best stands for <paramref name="fields"/>; null for an article without passages.</summary>
    public static Citation? Cite(NewsArticle article, ArticleFields fields, int number, IReadOnlyList<ArticleChunk> chunks)
    {
        var sentences = SentenceSplitter.Split(article.Body);
        if (sentences.Count == 0)
        {
            return null;
        }

        var span = Containing(sentences, Anchor(article, fields));
        var chunk = chunks.Where(c => c.ArticleId == article.Id && c.Start <= span.Start).MaxBy(c => c.Start);
        return chunk is null ? null : new Citation(number, article.Id, article.Title, article.Outlet, article.Published,
            span.Of(article.Body), span.Start, span.End, chunk.Id);
    }

    /// <summary>True when the title is the article's own opening sentence rather than a headline (ingestion makes one when there is none).</summary>
    public static bool IsLead(NewsArticle article)
    {
        var title = article.Title.TrimEnd('…');
        int at = article.Body.IndexOf(title, StringComparison.Ordinal);
        return article.Title.EndsWith('…') || (at >= 0 && at + title.Length < article.Body.Length && article.Body[at + title.Length] == '.');
    }

    // Where in the body the quote should come from: -1 means the opening sentence.
    private static int Anchor(NewsArticle article, ArticleFields fields)
    {
        if (fields.HasFlag(ArticleFields.Outlet) && article.Outlet is { Length: > 0 } outlet && article.Body.Contains(outlet, StringComparison.OrdinalIgnoreCase))
        {
            return article.Body.IndexOf(outlet, StringComparison.OrdinalIgnoreCase);
        }

        return fields.HasFlag(ArticleFields.Headline) ? article.Body.IndexOf(article.Title, StringComparison.Ordinal) : -1;
    }

    private static TextSpan Containing(IReadOnlyList<TextSpan> sentences, int offset) =>
        sentences.FirstOrDefault(s => s.Start <= offset && offset < s.End, sentences[0]);
}
