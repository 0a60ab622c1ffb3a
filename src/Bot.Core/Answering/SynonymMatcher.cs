using System.Collections.Concurrent;
using Bot.Core.Retrieval;
using Bot.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Bot.Core.Answering;

/// <summary>Scores how much of a question a sentence covers, giving partial credit for close synonyms.</summary>
/// <remarks>
/// Readers paraphrase: "died" for "killed", "MPs" for "parliamentarians", "frontier" for "border". Exact
/// term matching misses these and BM25 cannot see them, so a question word with no exact match in a sentence
/// earns credit from its most similar word there, by the cosine of the two words' sentence-encoder vectors.
/// Below <see cref="Floor"/> (unrelated words sit around 0.3–0.45) the credit is zero. Names never match
/// softly: "Chinese" is not "Pakistani", however close their vectors. Word vectors are cached. Words a news story uses
/// for one another (<see cref="NewsParaphrases"/>: "asked" / "sought") and WordNet's synonyms in a common sense of each
/// (<see cref="Thesaurus"/>: "tiredness" / "fatigue") earn the credit of a close synonym.
/// </remarks>
public sealed class SynonymMatcher(IEmbeddingGenerator<string, Embedding<float>> embedder, IOptions<AnsweringOptions> options)
{
    private const double Floor = 0.5;
    private const double Full = 0.8;
    private const int MaxCachedWords = 200_000;
    private const double MissedBelow = 0.34;
    private const double ParaphraseCredit = 0.8;
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<float>> _vectors = new(StringComparer.Ordinal);

    /// <summary>True when a story may use one lower-case word for the other: a news paraphrase or WordNet synonyms.</summary>
    public static bool Interchangeable(string a, string b) => NewsParaphrases.Same(a, b) || Thesaurus.Same(a, b);

    /// <summary>The IDF-weighted share of <paramref name="question"/> each sentence covers, and the question words it misses.</summary>
    public async Task<TermCoverage[]> CoverageAsync(QuestionTerms question, IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        // "rose 5%" says "percent" to a reader, not to the tokenizer, which drops the sign.
        sentences = sentences.Select(s => s.Replace("%", " percent", StringComparison.Ordinal)).ToList();
        var sentenceWords = sentences.Select(s => QuestionTerms.Words(s).Select(w => w.Word.ToLowerInvariant()).Where(w => w.Length > 2).Distinct().ToList()).ToList();
        var soft = question.Terms.Where(t => !t.IsName).Select(t => t.Word.ToLowerInvariant()).ToList();
        if (!options.Value.Synonyms)
        {
            sentenceWords = sentenceWords.ConvertAll(_ => new List<string>());
            soft = [];
        }

        await WarmAsync(soft.Concat(sentenceWords.SelectMany(w => w)), cancellationToken).ConfigureAwait(false);

        var coverage = new TermCoverage[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
        {
            var terms = EnglishTerms.Analyze(sentences[i]).ToHashSet(StringComparer.Ordinal);
            coverage[i] = Coverage(question, terms, sentenceWords[i]);
        }

        return coverage;
    }

    private TermCoverage Coverage(QuestionTerms question, HashSet<string> terms, List<string> words)
    {
        double total = question.Total, matched = 0, missedWeight = 0;
        var missed = new List<string>();
        foreach (var term in question.Terms)
        {
            double credit = term.In(terms) ? 1 : term.IsName ? 0 : Credit(term.Word.ToLowerInvariant(), words);
            matched += term.Weight * credit;
            if (credit < MissedBelow)
            {
                missed.Add(term.Word);
                missedWeight = Math.Max(missedWeight, term.Weight / question.MaxWeight);
            }
        }

        return new TermCoverage(total <= 0 ? 0 : matched / total, missed, missedWeight);
    }

    private double Credit(string word, List<string> words)
    {
        if (words.Count == 0)
        {
            return 0;
        }

        var vector = _vectors[word].Span;
        double best = 0;
        bool paraphrased = false;
        foreach (var candidate in words)
        {
            best = Math.Max(best, VectorMath.Cosine(vector, _vectors[candidate].Span));
            paraphrased |= Interchangeable(word, candidate);
        }

        return Math.Max(paraphrased ? ParaphraseCredit : 0, Math.Clamp((best - Floor) / (Full - Floor), 0, 1));
    }

    private async Task WarmAsync(IEnumerable<string> words, CancellationToken cancellationToken)
    {
        var all = words.Distinct(StringComparer.Ordinal).ToList();
        if (_vectors.Count + all.Count > MaxCachedWords)
        {
            _vectors.Clear();
        }

        var missing = all.Where(w => !_vectors.ContainsKey(w)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var vectors = await embedder.GenerateAsync(missing, cancellationToken: cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < missing.Count; i++)
        {
            _vectors[missing[i]] = vectors[i].Vector;
        }
    }
}

/// <summary>How much of a question one sentence covers.</summary>
/// <param name="Share">The IDF-weighted share of the question's terms the sentence holds (synonyms earn part).</param>
/// <param name="Missed">The question words the sentence does not hold, even loosely.</param>
/// <param name="MissedWeight">The weight of the rarest missed word relative to the question's rarest word (0 when none is missed).</param>
public sealed record TermCoverage(double Share, IReadOnlyList<string> Missed, double MissedWeight);
