using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>A sentence from a retrieved passage, with its place in the article and its score.</summary>
internal sealed record CandidateSentence(SearchHit Hit, int Rank, TextSpan Span, string Text, ReadOnlyMemory<float> Vector)
{
    /// <summary>Offset of the sentence in the article body.</summary>
    public int Start => Hit.Chunk.Start + Span.Start;

    public int End => Start + Span.Length;

    public double Coverage { get; set; }

    public TermCoverage? Terms { get; set; }

    public double Cosine { get; set; }

    public double Score { get; set; }

    /// <summary>Every sentence of every hit, once each (overlapping passages repeat sentences).</summary>
    public static List<CandidateSentence> From(IReadOnlyList<SearchHit> hits)
    {
        var seen = new HashSet<(string, int)>();
        var candidates = new List<CandidateSentence>();
        for (int rank = 0; rank < hits.Count; rank++)
        {
            var chunk = hits[rank].Chunk;
            var quotable = InstructionShapes.Quotable(chunk);
            for (int i = 0; i < chunk.Sentences.Count; i++)
            {
                var span = chunk.Sentences[i];
                if (!seen.Add((chunk.ArticleId, chunk.Start + span.Start)))
                {
                    continue;
                }

                // Only the sentence is copied out of the body, not the whole passage.
                string text = chunk.TextOf(span);
                // A correction's retraction is read with the sentence that corrects it (Corrections).
                if (quotable[i] && Corrections.Retracts(text) && i + 1 < chunk.Sentences.Count && quotable[i + 1]
                    && seen.Add((chunk.ArticleId, chunk.Start + chunk.Sentences[i + 1].Start)))
                {
                    var next = chunk.Sentences[++i];
                    span = new TextSpan(span.Start, next.Start + next.Length - span.Start);
                    text = chunk.TextOf(span);
                }

                if (quotable[i])
                {
                    var vector = i < chunk.SentenceEmbeddings.Count ? chunk.SentenceEmbeddings[i] : chunk.Embedding;
                    candidates.Add(new CandidateSentence(hits[rank], rank, span, text, vector));
                }
            }
        }

        return candidates;
    }

    /// <summary>Unless the best sentence already is one, puts the best sentence of its story that <paramref name="wanted"/> accepts,
    /// and that scores at least <paramref name="minShare"/> of the best one, just above it; false when there is none.</summary>
    /// <remarks>Only the score moves, so the quote, the passages' order and the citations all follow from the scores as before.</remarks>
    public static bool LeadWithBestOfItsStory(List<CandidateSentence> candidates, Func<CandidateSentence, bool> wanted, double minShare = 0)
    {
        var best = candidates.MaxBy(c => c.Score)!;
        if (wanted(best))
        {
            return true;
        }

        var lead = candidates.Where(c => c.Hit.Chunk.ArticleId == best.Hit.Chunk.ArticleId && c.Score >= minShare * best.Score && wanted(c))
            .MaxBy(c => c.Score);
        if (lead is not null)
        {
            lead.Score = Math.BitIncrement(best.Score);
        }

        return lead is not null;
    }
}
