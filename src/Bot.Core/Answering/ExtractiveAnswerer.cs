using Bot.Core.Retrieval;
using Bot.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Answering;

/// <summary>The offline answerer: quotes the retrieved sentences that answer the question, each cited.</summary>
/// <remarks>
/// It needs no model and cannot invent: every sentence of an answer is a verbatim sentence of a passage, so
/// every citation holds its quote by construction. Article text is only ever scored and quoted, never
/// obeyed, so instructions inside an article change nothing. A sentence is scored by how much of the
/// question's rare vocabulary it contains (IDF-weighted coverage) blended with its cosine to the question;
/// when the best sentence is weak the answerer says the articles do not cover the question.
/// </remarks>
public sealed class ExtractiveAnswerer(NewsIndex index, IEmbeddingGenerator<string, Embedding<float>> embedder, IOptions<AnsweringOptions> options)
{
    private readonly AnsweringOptions _options = options.Value;

    /// <summary>Answers <paramref name="question"/> from <paramref name="hits"/> alone.</summary>
    public async Task<Answer> AnswerAsync(string question, ReadOnlyMemory<float> questionVector, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken = default)
    {
        var candidates = CandidateSentence.From(hits);
        if (candidates.Count == 0)
        {
            return AnswerText.NotCovered(hits, index.Articles.Values);
        }

        await ScoreAsync(question, questionVector, candidates, cancellationToken).ConfigureAwait(false);
        var chosen = Choose(candidates);
        return chosen.Count == 0 ? AnswerText.NotCovered(hits, index.Articles.Values) : AnswerText.Quote(chosen, hits);
    }

    private async Task ScoreAsync(string question, ReadOnlyMemory<float> questionVector, List<CandidateSentence> candidates, CancellationToken cancellationToken)
    {
        var terms = QuestionTerms.From(question, index.Lexical);
        var vectors = await embedder.GenerateAsync(candidates.Select(c => c.Text), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            candidate.Coverage = terms.Coverage(EnglishTerms.Analyze(candidate.Text).ToHashSet(StringComparer.Ordinal));
            candidate.Cosine = Math.Max(0, VectorMath.Cosine(questionVector.Span, vectors[i].Vector.Span));
            candidate.Score = (_options.TermWeight * candidate.Coverage) + ((1 - _options.TermWeight) * candidate.Cosine);
        }
    }

    private List<CandidateSentence> Choose(List<CandidateSentence> candidates)
    {
        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Rank).ToList();
        var best = ranked[0];
        if (best.Score < _options.MinConfidence)
        {
            return [];
        }

        return ranked.Where(c => c.Score >= best.Score * _options.RelativeCutoff).Take(_options.MaxSentences).ToList();
    }
}
