using Bot.Core.Text;

namespace Bot.Core.Answering.Ranking;

/// <summary>The features the answer ranker scores a candidate sentence by.</summary>
/// <remarks>
/// Term coverage and cosine reward a sentence for restating the question; on their own they pick the lead
/// that repeats "a new bridge was opened" over the sentence that names the minister who opened it. So beside
/// match features the ranker sees what the sentence adds: whether it holds the kind of answer asked for
/// (a person, a number, a time, a place), how much of it is new to the question, whether its neighbours
/// match, and where its passage ranked. Gap features (distance from the best candidate of the same question)
/// let one model rank within a question; absolute ones let it say when no candidate answers at all.
/// </remarks>
public static class SentenceFeatures
{
    /// <summary>The feature names, in vector order (written beside the model so its figures can be read).</summary>
    public static readonly string[] Names =
    [
        "coverage", "cosine", "heuristic", "missed_weight", "missed_share", "missed_names", "focus_missed",
        "coverage_gap", "cosine_gap", "heuristic_gap", "proximity", "bigram_share", "neighbour_coverage",
        "asks_person", "asks_number", "asks_duration", "asks_time", "asks_place", "asks_name", "type_match",
        "has_number", "has_time", "has_amount", "novel_names", "novel_share", "novel_numbers",
        "passage_rank", "fused_relative", "lexical_relative", "vector_score", "is_lead", "headline_overlap",
        "length", "question_terms", "question_max_idf", "is_question", "pool_max_coverage", "pool_max_cosine",
    ];

    public const int Count = 38;

    /// <summary>One feature vector per candidate, in the candidates' order.</summary>
    internal static float[][] Compute(QuestionProfile question, IReadOnlyList<CandidateSentence> candidates)
    {
        var analyzed = candidates.Select(c => EnglishTerms.Analyze(c.Text)).ToList();
        var pool = new PoolFacts(candidates);
        var neighbours = NeighbourCoverage(candidates);
        var rows = new float[candidates.Count][];
        for (int i = 0; i < candidates.Count; i++)
        {
            rows[i] = Row(question, candidates[i], analyzed[i], pool, neighbours[i]);
        }

        return rows;
    }

    private static float[] Row(QuestionProfile q, CandidateSentence c, List<string> terms, PoolFacts pool, double neighbour)
    {
        var missed = c.Terms?.Missed ?? [];
        int names = q.Terms.Terms.Count(t => t.IsName && missed.Contains(t.Word, StringComparer.Ordinal));
        double heuristic = Heuristic(c);
        var f = new float[Count];
        int k = 0;
        f[k++] = (float)c.Coverage;
        f[k++] = (float)c.Cosine;
        f[k++] = (float)heuristic;
        f[k++] = (float)(c.Terms?.MissedWeight ?? 0);
        f[k++] = q.Terms.Terms.Count == 0 ? 0 : missed.Count / (float)q.Terms.Terms.Count;
        f[k++] = names;
        f[k++] = q.Focus is not null && missed.Contains(q.Focus, StringComparer.OrdinalIgnoreCase) ? 1 : 0;
        f[k++] = (float)(pool.MaxCoverage - c.Coverage);
        f[k++] = (float)(pool.MaxCosine - c.Cosine);
        f[k++] = (float)(pool.MaxHeuristic - heuristic);
        f[k++] = (float)Proximity(q.Content, terms);
        f[k++] = (float)BigramShare(q, terms);
        f[k++] = (float)neighbour;
        foreach (var kind in (ReadOnlySpan<AnswerKind>)[AnswerKind.Person, AnswerKind.Number, AnswerKind.Duration, AnswerKind.Time, AnswerKind.Place, AnswerKind.Name])
        {
            f[k++] = q.Kind == kind ? 1 : 0;
        }

        f[k++] = AnswerType.Holds(q.Kind, c.Text, q.Words) ? 1 : 0;
        f[k++] = AnswerType.HasNumber(c.Text) ? 1 : 0;
        f[k++] = AnswerType.HasTime(c.Text) ? 1 : 0;
        f[k++] = AnswerType.HasAmount(c.Text) ? 1 : 0;
        f[k++] = Math.Min(5, AnswerType.NovelNames(c.Text, q.Words));
        f[k++] = (float)Novelty(q, terms);
        f[k++] = Math.Min(5, terms.Count(t => char.IsDigit(t[0]) && !q.Analyzed.Contains(t)));
        f[k++] = c.Rank;
        f[k++] = pool.MaxFused <= 0 ? 0 : (float)(c.Hit.Score / pool.MaxFused);
        f[k++] = pool.MaxLexical <= 0 ? 0 : (float)(c.Hit.LexicalScore / pool.MaxLexical);
        f[k++] = (float)c.Hit.VectorScore;
        f[k++] = c.Hit.Chunk.Ordinal == 0 && c.Span.Start == 0 ? 1 : 0;
        f[k++] = (float)HeadlineOverlap(q, c.Hit.Chunk.Title);
        f[k++] = (float)Math.Log(1 + terms.Count);
        f[k++] = q.Terms.Terms.Count;
        f[k++] = (float)q.Terms.MaxWeight;
        f[k++] = c.Text.TrimEnd().EndsWith('?') ? 1 : 0;
        f[k++] = (float)pool.MaxCoverage;
        f[k++] = (float)pool.MaxCosine;
        return f;
    }

    /// <summary>The hand-set blend the answerer used before the ranker; kept as one feature among many.</summary>
    internal static double Heuristic(CandidateSentence c) => (0.6 * c.Coverage) + (0.4 * c.Cosine);

    /// <summary>The share of the sentence's terms that the question does not contain: what it adds beyond restating the question.</summary>
    public static double Novelty(QuestionProfile question, IReadOnlyList<string> sentence) =>
        sentence.Count == 0 ? 0 : sentence.Count(t => !question.Analyzed.Contains(t)) / (double)sentence.Count;

    /// <summary>Matched question terms per word of the shortest stretch of the sentence that holds them all (1 when adjacent).</summary>
    public static double Proximity(IReadOnlySet<string> question, IReadOnlyList<string> sentence)
    {
        var positions = new List<(int Position, string Term)>();
        for (int i = 0; i < sentence.Count; i++)
        {
            if (question.Contains(sentence[i]))
            {
                positions.Add((i, sentence[i]));
            }
        }

        int distinct = positions.Select(p => p.Term).Distinct(StringComparer.Ordinal).Count();
        if (distinct < 2)
        {
            return distinct;
        }

        return distinct / (double)ShortestWindow(positions, distinct);
    }

    // Sliding window over the matched positions: the shortest stretch that holds every distinct matched term.
    private static int ShortestWindow(List<(int Position, string Term)> positions, int distinct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int best = int.MaxValue, left = 0;
        foreach (var (position, term) in positions)
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
            while (counts.Count == distinct)
            {
                var first = positions[left++];
                best = Math.Min(best, position - first.Position + 1);
                if (--counts[first.Term] == 0)
                {
                    counts.Remove(first.Term);
                }
            }
        }

        return best;
    }

    /// <summary>The share of the question's adjacent term pairs that the sentence also has side by side.</summary>
    internal static double BigramShare(QuestionProfile question, IReadOnlyList<string> sentence)
    {
        if (question.Bigrams.Count == 0)
        {
            return 0;
        }

        var pairs = QuestionProfile.Pairs(sentence).ToHashSet();
        return question.Bigrams.Count(pairs.Contains) / (double)question.Bigrams.Count;
    }

    private static double HeadlineOverlap(QuestionProfile question, string title)
    {
        double total = question.Terms.Total;
        if (total <= 0)
        {
            return 0;
        }

        var terms = EnglishTerms.Analyze(title).ToHashSet(StringComparer.Ordinal);
        return question.Terms.Terms.Where(t => terms.Contains(t.Term)).Sum(t => t.Weight) / total;
    }

    // The better coverage of the sentence just before and just after, in article order: an answer often
    // follows the sentence that sets the question's scene.
    private static double[] NeighbourCoverage(IReadOnlyList<CandidateSentence> candidates)
    {
        var result = new double[candidates.Count];
        var order = Enumerable.Range(0, candidates.Count)
            .OrderBy(i => candidates[i].Hit.Chunk.ArticleId, StringComparer.Ordinal).ThenBy(i => candidates[i].Start).ToList();
        for (int j = 0; j < order.Count; j++)
        {
            var self = candidates[order[j]];
            double best = 0;
            foreach (int n in (ReadOnlySpan<int>)[j - 1, j + 1])
            {
                if (n >= 0 && n < order.Count && candidates[order[n]].Hit.Chunk.ArticleId == self.Hit.Chunk.ArticleId)
                {
                    best = Math.Max(best, candidates[order[n]].Coverage);
                }
            }

            result[order[j]] = best;
        }

        return result;
    }

    private sealed class PoolFacts(IReadOnlyList<CandidateSentence> candidates)
    {
        public double MaxCoverage { get; } = candidates.Count == 0 ? 0 : candidates.Max(c => c.Coverage);

        public double MaxCosine { get; } = candidates.Count == 0 ? 0 : candidates.Max(c => c.Cosine);

        public double MaxHeuristic { get; } = candidates.Count == 0 ? 0 : candidates.Max(Heuristic);

        public double MaxFused { get; } = candidates.Count == 0 ? 0 : candidates.Max(c => c.Hit.Score);

        public double MaxLexical { get; } = candidates.Count == 0 ? 0 : candidates.Max(c => c.Hit.LexicalScore);
    }
}
