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
        // How well the sentence matches the question.
        "coverage", "exact_coverage", "cosine", "heuristic", "missed_weight", "missed_share", "missed_names", "context_missed_names", "focus_missed",
        "matched_rare", "proximity", "bigram_share", "neighbour_coverage", "context_coverage", "article_coverage", "article_missed_names",
        "coverage_gap", "exact_coverage_gap", "cosine_gap", "heuristic_gap", "pool_max_coverage", "pool_max_cosine",
        // What the sentence adds: the kind of answer asked for, new names and numbers.
        "asks_person", "asks_number", "asks_duration", "asks_time", "asks_place", "asks_name", "type_match",
        "has_number", "has_time", "has_amount", "novel_names", "novelty", "novel_numbers", "answer_near_match",
        // Where it stands: its passage's retrieval, its place in the article, the question's size.
        "passage_rank", "fused_relative", "lexical_relative", "vector_score", "is_lead", "headline_overlap",
        "length", "is_question", "question_terms", "question_names", "unknown_terms", "unknown_names",
    ];

    public static readonly int Count = Names.Length;

    /// <summary>One feature vector per candidate, in the candidates' order.</summary>
    internal static float[][] Compute(QuestionProfile question, IReadOnlyList<CandidateSentence> candidates)
    {
        var sentences = candidates.Select(c => new Sentence(c, EnglishTerms.Analyze(c.Text), question)).ToList();
        Link(sentences);
        var pool = new PoolFacts(sentences);
        return sentences.Select(s => Row(question, s, pool)).ToArray();
    }

    private static float[] Row(QuestionProfile q, Sentence s, PoolFacts pool)
    {
        var f = new List<float>(Count);
        Match(f, q, s, pool);
        Adds(f, q, s);
        Stands(f, q, s, pool);
        return f.Count == Count ? f.ToArray() : throw new InvalidOperationException($"{f.Count} features computed, {Count} named.");
    }

    private static void Match(List<float> f, QuestionProfile q, Sentence s, PoolFacts pool)
    {
        var c = s.Candidate;
        var missed = c.Terms?.Missed ?? [];
        f.Add((float)c.Coverage);
        f.Add((float)s.ExactCoverage);
        f.Add((float)c.Cosine);
        f.Add((float)s.Heuristic);
        f.Add((float)(c.Terms?.MissedWeight ?? 0));
        f.Add(q.Terms.Terms.Count == 0 ? 0 : missed.Count / (float)q.Terms.Terms.Count);
        f.Add(q.Terms.Terms.Count(t => t.IsName && missed.Contains(t.Word, StringComparer.Ordinal)));
        f.Add(q.Terms.Terms.Count(t => t.IsName && !InContext(s, t.Term)));
        f.Add(q.Focus is not null && missed.Contains(q.Focus, StringComparer.OrdinalIgnoreCase) ? 1 : 0);
        f.Add(q.Terms.MaxWeight <= 0 ? 0 : (float)(q.Terms.Terms.Where(t => s.TermSet.Contains(t.Term)).Select(t => t.Weight).DefaultIfEmpty(0).Max() / q.Terms.MaxWeight));
        f.Add((float)Proximity(q.Content, s.Terms));
        f.Add((float)BigramShare(q, s.Terms));
        f.Add((float)Math.Max(s.Previous?.Candidate.Coverage ?? 0, s.Next?.Candidate.Coverage ?? 0));
        f.Add((float)ContextCoverage(q, s));
        var article = pool.ArticleTerms(s);
        f.Add((float)ArticleCoverage(q, article));
        f.Add(ArticleMissedNames(q, pool.NamingTerms(s)));
        f.Add((float)(pool.MaxCoverage - c.Coverage));
        f.Add((float)(pool.MaxExactCoverage - s.ExactCoverage));
        f.Add((float)(pool.MaxCosine - c.Cosine));
        f.Add((float)(pool.MaxHeuristic - s.Heuristic));
        f.Add((float)pool.MaxCoverage);
        f.Add((float)pool.MaxCosine);
    }

    private static void Adds(List<float> f, QuestionProfile q, Sentence s)
    {
        string text = s.Candidate.Text;
        foreach (var kind in (ReadOnlySpan<AnswerKind>)[AnswerKind.Person, AnswerKind.Number, AnswerKind.Duration, AnswerKind.Time, AnswerKind.Place, AnswerKind.Name])
        {
            f.Add(q.Kind == kind ? 1 : 0);
        }

        f.Add(AnswerType.Holds(q.Kind, text, q.Words) ? 1 : 0);
        f.Add(AnswerType.HasNumber(text) ? 1 : 0);
        f.Add(AnswerType.HasTime(text) ? 1 : 0);
        f.Add(AnswerType.HasAmount(text) ? 1 : 0);
        f.Add(Math.Min(5, AnswerType.NovelNames(text, q.Words)));
        f.Add((float)Novelty(q, s.Terms));
        f.Add(Math.Min(5, s.Terms.Count(t => char.IsDigit(t[0]) && !q.Analyzed.Contains(t))));
        f.Add((float)AnswerNearMatch(q, text));
    }

    private static void Stands(List<float> f, QuestionProfile q, Sentence s, PoolFacts pool)
    {
        var c = s.Candidate;
        f.Add(c.Rank);
        f.Add(pool.MaxFused <= 0 ? 0 : (float)(c.Hit.Score / pool.MaxFused));
        f.Add(pool.MaxLexical <= 0 ? 0 : (float)(c.Hit.LexicalScore / pool.MaxLexical));
        f.Add((float)c.Hit.VectorScore);
        f.Add(c.Hit.Chunk.OpensArticleAt(c.Span.Start) ? 1 : 0);
        f.Add((float)q.HeadlineOverlap(c.Hit.Chunk.Title));
        f.Add((float)Math.Log(1 + s.Terms.Count));
        f.Add(c.Text.TrimEnd().EndsWith('?') ? 1 : 0);
        f.Add(q.Terms.Terms.Count);
        f.Add(q.Terms.Terms.Count(t => t.IsName));
        f.Add(q.Terms.Terms.Count(t => !t.IsName && !t.InCorpus));
        f.Add(q.Terms.Terms.Count(t => t.IsName && !t.InCorpus));
    }

    // The IDF share of the question the sentence and its two neighbours hold together: a pronoun in the
    // answer sentence often points at the name in the sentence before it.
    private static double ContextCoverage(QuestionProfile q, Sentence s)
    {
        double total = q.Terms.Total;
        return total <= 0 ? 0 : q.Terms.Terms.Where(t => InContext(s, t.Term)).Sum(t => t.Weight) / total;
    }

    /// <summary>The IDF share of the question that the sentence's article (its candidates in the pool) holds anywhere.</summary>
    /// <remarks>A sentence from a story that never names Iran does not answer "What did Iran ask Pakistan for?",
    /// however well it matches the rest; a sentence that names no one but whose story does ("This revolution…") may.</remarks>
    public static double ArticleCoverage(QuestionProfile q, IReadOnlySet<string> article)
    {
        double total = q.Terms.Total;
        return total <= 0 ? 0 : q.Terms.Terms.Where(t => article.Contains(t.Term)).Sum(t => t.Weight) / total;
    }

    /// <summary>How many names of the question the sentence's article (its candidates in the pool and its headline) never uses.</summary>
    /// <remarks>SQuAD 2.0's unanswerable questions often swap one name for another from elsewhere; this is their mark.</remarks>
    public static int ArticleMissedNames(QuestionProfile q, IReadOnlySet<string> article) =>
        q.Terms.Terms.Count(t => t.IsName && !t.In(article));

    private static bool InContext(Sentence s, string term) =>
        s.TermSet.Contains(term) || (s.Previous?.TermSet.Contains(term) ?? false) || (s.Next?.TermSet.Contains(term) ?? false);

    /// <summary>1 / the distance in words from a question word to the nearest new name or number; 0 when the sentence has either none.</summary>
    /// <remarks>The answer to "which minister opened the bridge?" sits next to the words it shares with the question.</remarks>
    public static double AnswerNearMatch(QuestionProfile question, string sentence)
    {
        var words = QuestionTerms.Words(sentence).ToList();
        var matched = new List<int>();
        var novel = new List<int>();
        foreach (var (word, index) in words)
        {
            if (question.Matches(word))
            {
                matched.Add(index);
            }
            else if ((index > 0 && char.IsUpper(word[0])) || char.IsDigit(word[0]))
            {
                novel.Add(index);
            }
        }

        if (matched.Count == 0 || novel.Count == 0)
        {
            return 0;
        }

        int nearest = novel.Min(n => matched.Min(m => Math.Abs(n - m)));
        return 1.0 / nearest;
    }

    /// <summary>The hand-set blend the answerer used before the ranker (at its default term weight, fixed so the feature does not move with settings).</summary>
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

    // Links each sentence to the one just before and just after it in the same article, when both are candidates.
    private static void Link(List<Sentence> sentences)
    {
        var order = sentences.OrderBy(s => s.Candidate.Hit.Chunk.ArticleId, StringComparer.Ordinal).ThenBy(s => s.Candidate.Start).ToList();
        for (int j = 1; j < order.Count; j++)
        {
            if (order[j].Candidate.Hit.Chunk.ArticleId == order[j - 1].Candidate.Hit.Chunk.ArticleId)
            {
                order[j].Previous = order[j - 1];
                order[j - 1].Next = order[j];
            }
        }
    }

    /// <summary>A candidate with its analysed terms and its neighbours.</summary>
    private sealed class Sentence
    {
        public Sentence(CandidateSentence candidate, List<string> terms, QuestionProfile question)
        {
            Candidate = candidate;
            Terms = terms;
            TermSet = terms.ToHashSet(StringComparer.Ordinal);
            Heuristic = SentenceFeatures.Heuristic(candidate);
            double total = question.Terms.Total;
            ExactCoverage = total <= 0 ? 0 : question.Terms.Terms.Where(t => TermSet.Contains(t.Term)).Sum(t => t.Weight) / total;
        }

        public CandidateSentence Candidate { get; }

        public List<string> Terms { get; }

        public HashSet<string> TermSet { get; }

        public double Heuristic { get; }

        public double ExactCoverage { get; }

        public Sentence? Previous { get; set; }

        public Sentence? Next { get; set; }
    }

    private sealed class PoolFacts(List<Sentence> sentences)
    {
        // Every term of each article's candidates, so a sentence can be judged by the story it comes from.
        private readonly Dictionary<string, HashSet<string>> _articles = sentences
            .GroupBy(s => s.Candidate.Hit.Chunk.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(s => s.TermSet).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        // The same with the article's headline, made when first read.
        private readonly Dictionary<string, HashSet<string>> _named = new(StringComparer.Ordinal);

        public HashSet<string> ArticleTerms(Sentence sentence) => _articles[sentence.Candidate.Hit.Chunk.ArticleId];

        // A story names what it is about in its headline ("… breaks Eldoret course record"), and its passage that answers may
        // never write the name again ("In the women's race, … won").
        public HashSet<string> NamingTerms(Sentence sentence)
        {
            var chunk = sentence.Candidate.Hit.Chunk;
            if (!_named.TryGetValue(chunk.ArticleId, out var terms))
            {
                terms = new HashSet<string>(ArticleTerms(sentence), StringComparer.Ordinal);
                terms.UnionWith(EnglishTerms.Analyze(chunk.Title));
                _named[chunk.ArticleId] = terms;
            }

            return terms;
        }

        public double MaxCoverage { get; } = Max(sentences, s => s.Candidate.Coverage);

        public double MaxExactCoverage { get; } = Max(sentences, s => s.ExactCoverage);

        public double MaxCosine { get; } = Max(sentences, s => s.Candidate.Cosine);

        public double MaxHeuristic { get; } = Max(sentences, s => s.Heuristic);

        public double MaxFused { get; } = Max(sentences, s => s.Candidate.Hit.Score);

        public double MaxLexical { get; } = Max(sentences, s => s.Candidate.Hit.LexicalScore);

        private static double Max(List<Sentence> sentences, Func<Sentence, double> value) => sentences.Count == 0 ? 0 : sentences.Max(value);
    }
}
