using Bot.Core.Articles;
using Bot.Core.Text;
using Microsoft.Extensions.Options;

namespace Bot.Core.Chunking;

/// <summary>Cuts an article into sentence-aligned passages with overlap.</summary>
/// <remarks>
/// A passage never starts or ends inside a sentence, and never spans two paragraphs unless a paragraph is
/// shorter than a third of the budget (short news paragraphs read better with their neighbour).
/// </remarks>
public sealed class TextChunker(IOptions<ChunkingOptions> options)
{
    private readonly ChunkingOptions _options = options.Value;

    /// <summary>Returns the passages of <paramref name="article"/>, in reading order.</summary>
    public IReadOnlyList<ArticleChunk> Chunk(NewsArticle article)
    {
        var sentences = SentenceSplitter.Split(article.Body);
        var chunks = new List<ArticleChunk>();
        int first = 0;
        while (first < sentences.Count)
        {
            int last = LastSentence(article.Body, sentences, first);
            chunks.Add(Create(article, sentences, first, last, chunks.Count));
            if (last == sentences.Count - 1)
            {
                break;
            }

            first = Math.Max(first + 1, last + 1 - _options.OverlapSentences);
        }

        return chunks;
    }

    private int LastSentence(string body, IReadOnlyList<TextSpan> sentences, int first)
    {
        int last = first;
        while (last + 1 < sentences.Count)
        {
            var next = sentences[last + 1];
            if (next.End - sentences[first].Start > _options.MaxChars)
            {
                break;
            }

            bool crossesParagraph = body.AsSpan(sentences[last].End, next.Start - sentences[last].End).Contains("\n\n", StringComparison.Ordinal);
            if (crossesParagraph && sentences[last].End - sentences[first].Start > _options.MaxChars / 3)
            {
                break;
            }

            last++;
        }

        return last;
    }

    private static ArticleChunk Create(NewsArticle article, IReadOnlyList<TextSpan> sentences, int first, int last, int ordinal)
    {
        int start = sentences[first].Start;
        int end = sentences[last].End;
        var local = new List<TextSpan>(last - first + 1);
        for (int i = first; i <= last; i++)
        {
            local.Add(sentences[i] with { Start = sentences[i].Start - start });
        }

        return new ArticleChunk
        {
            Id = $"{article.Id}#{ordinal}",
            ArticleId = article.Id,
            Title = article.Title,
            Outlet = article.Outlet,
            Published = article.Published,
            Ordinal = ordinal,
            Start = start,
            End = end,
            Body = article.Body,
            Sentences = local,
        };
    }
}
