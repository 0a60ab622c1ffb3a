using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>The content terms of a question, each weighted by how rare it is in the corpus (IDF).</summary>
/// <remarks>
/// Question scaffolding ("who", "how many", "where does it say", "the articles") carries no evidence, so it
/// is dropped before sentences are matched. A term the corpus never uses gets the highest weight: a question
/// about something the articles never mention should not be answered from the words around it.
/// </remarks>
public sealed class QuestionTerms
{
    private static readonly HashSet<string> Scaffolding = new(EnglishTerms.Analyze(
        "what whats who whom whose where when why how which many much did does do done say says said tell told " +
        "article articles report reports reported mention mentions mentioned according give show me about anything " +
        "please can could would should i we you know there any some happen happened"), StringComparer.Ordinal);

    private QuestionTerms(IReadOnlyDictionary<string, double> weights) => Weights = weights;

    /// <summary>Each distinct content term with its IDF weight.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>The sum of all weights (the most a sentence can match).</summary>
    public double Total => Weights.Values.Sum();

    /// <summary>Analyses <paramref name="question"/> against the index's document frequencies.</summary>
    public static QuestionTerms From(string question, LexicalIndex lexical)
    {
        int n = Math.Max(lexical.Count, 1);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in EnglishTerms.Analyze(question))
        {
            if (!Scaffolding.Contains(term) && !weights.ContainsKey(term))
            {
                int df = lexical.DocumentFrequency(term);
                weights[term] = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
            }
        }

        return new QuestionTerms(weights);
    }

    /// <summary>The share of the question's weight that <paramref name="sentenceTerms"/> contains.</summary>
    public double Coverage(IReadOnlySet<string> sentenceTerms)
    {
        double total = Total;
        return total <= 0 ? 0 : Weights.Where(w => sentenceTerms.Contains(w.Key)).Sum(w => w.Value) / total;
    }
}
