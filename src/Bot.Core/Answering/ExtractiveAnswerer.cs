using Bot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Answering;

/// <summary>The offline answerer: reranks the retrieved passages by their best sentence and quotes the sentences that answer.</summary>
/// <remarks>
/// It needs no model and cannot invent: every sentence of an answer is a verbatim sentence of a passage, so
/// every citation holds its quote by construction. Article text is only ever scored and quoted, never
/// obeyed. A sentence is scored by how much of the question's rare vocabulary it holds (IDF-weighted, with
/// partial credit for synonyms) blended with its cosine to the question. Passages are then reranked by
/// their best sentence, a finer signal than passage-level BM25 or vectors. When the best sentence is weak
/// the answerer says the articles do not cover the question.
/// </remarks>
public sealed class ExtractiveAnswerer(NewsIndex index, SynonymMatcher synonyms, IOptions<AnsweringOptions> options)
{
    private readonly AnsweringOptions _options = options.Value;

    /// <summary>Answers <paramref name="question"/> from <paramref name="pool"/>, keeping the best <paramref name="top"/> passages.</summary>
    public async Task<Answer> AnswerAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, int top, CancellationToken cancellationToken = default)
    {
        var candidates = CandidateSentence.From(pool);
        if (candidates.Count == 0)
        {
            return AnswerText.NotCovered(pool.Take(top).ToList(), index.Articles.Values);
        }

        await ScoreAsync(question, questionVector, candidates, cancellationToken).ConfigureAwait(false);
        var passages = Rerank(pool, candidates, top);
        var kept = passages.Select(p => p.Chunk.Id).ToHashSet(StringComparer.Ordinal);
        var chosen = Choose(candidates.Where(c => kept.Contains(c.Hit.Chunk.Id)).ToList());
        var best = candidates.MaxBy(c => c.Score)!;
        var answer = chosen.Count == 0 ? AnswerText.NotCovered(passages, index.Articles.Values) : AnswerText.Quote(chosen, passages);
        return answer with { Confidence = Math.Round(best.Score, 3), Diagnostics = $"coverage {best.Coverage:0.00} cosine {best.Cosine:0.00} missed [{string.Join(",", best.Terms!.Missed)}] {best.Terms.MissedWeight:0.00}"};
    }

    /// <summary>Scores every sentence of <paramref name="pool"/> against <paramref name="question"/>, best first.</summary>
    public async Task<IReadOnlyList<ScoredSentence>> ScoreSentencesAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> pool, CancellationToken cancellationToken = default)
    {
        var candidates = CandidateSentence.From(pool);
        if (candidates.Count > 0)
        {
            await ScoreAsync(question, questionVector, candidates, cancellationToken).ConfigureAwait(false);
        }

        return candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Rank)
            .Select(c => new ScoredSentence(c.Hit, c.Text, c.Start, c.End, c.Score, c.Coverage, c.Cosine, c.Terms?.Missed ?? [], c.Vector))
            .ToList();
    }

    private async Task ScoreAsync(string question, ReadOnlyMemory<float> questionVector, List<CandidateSentence> candidates, CancellationToken cancellationToken)
    {
        var terms = QuestionTerms.From(question, index.Lexical);
        var coverage = await synonyms.CoverageAsync(terms, candidates.ConvertAll(c => c.Text), cancellationToken).ConfigureAwait(false);
        var expected = AnswerType.ExpectedBy(question);
        var focus = QuestionFocus.Find(question);
        for (int i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            candidate.Terms = coverage[i];
            candidate.Coverage = coverage[i].Share;
            candidate.Cosine = Math.Max(0, VectorMath.Cosine(questionVector.Span, candidate.Vector.Span));
            candidate.Score = (_options.TermWeight * candidate.Coverage) + ((1 - _options.TermWeight) * candidate.Cosine);
            if (expected is not null && !expected(candidate.Text))
            {
                candidate.Score *= _options.WrongTypeFactor;
            }

            if (focus is not null && candidate.Terms!.Missed.Contains(focus, StringComparer.OrdinalIgnoreCase))
            {
                candidate.Score *= _options.MissedFocusFactor;
            }
        }
    }

    private List<SearchHit> Rerank(IReadOnlyList<SearchHit> pool, List<CandidateSentence> candidates, int top)
    {
        var bestByPassage = candidates.GroupBy(c => c.Hit.Chunk.Id).ToDictionary(g => g.Key, g => g.Max(c => c.Score), StringComparer.Ordinal);
        return pool
            .Select((hit, rank) => (hit, score: bestByPassage.GetValueOrDefault(hit.Chunk.Id) + (_options.RetrievalPrior * hit.Score)))
            .OrderByDescending(p => p.score)
            .Take(top)
            .Select(p => p.hit)
            .ToList();
    }

    private List<CandidateSentence> Choose(List<CandidateSentence> candidates)
    {
        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Rank).ToList();
        if (ranked.Count == 0 || ranked[0].Score < _options.MinConfidence)
        {
            return [];
        }

        // Syndicated copy repeats sentences word for word across articles; quote each wording once.
        return ranked.Where(c => c.Score >= ranked[0].Score * _options.RelativeCutoff)
            .DistinctBy(c => Normalise(c.Text), StringComparer.Ordinal)
            .Take(_options.MaxSentences).ToList();
    }

    private static string Normalise(string sentence) =>
        string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
