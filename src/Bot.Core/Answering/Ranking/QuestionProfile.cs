using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering.Ranking;

/// <summary>What the sentence features need to know about a question, worked out once per question (not shared between threads).</summary>
public sealed class QuestionProfile
{
    private QuestionProfile(string text, QuestionTerms terms)
    {
        Text = text;
        Terms = terms;
        Kind = AnswerType.KindOf(text);
        Focus = QuestionFocus.Find(text);
        AsksYesOrNo = AnswerType.AsksYesOrNo(text);
        Words = QuestionTerms.Words(text).Select(w => w.Word).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Analyzed = EnglishTerms.Analyze(text);
        Content = Terms.Terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        Bigrams = Pairs(Analyzed).ToHashSet();
    }

    public string Text { get; }

    public QuestionTerms Terms { get; }

    public AnswerKind Kind { get; }

    public string? Focus { get; }

    /// <summary>True for a question answered yes or no, which turns on every one of its words.</summary>
    public bool AsksYesOrNo { get; }

    /// <summary>The question's words as written (case-insensitive), for telling a new name from one the question asked about.</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>The analysed terms of the whole question, in order.</summary>
    public IReadOnlyList<string> Analyzed { get; }

    /// <summary>The analysed content terms (scaffolding such as "who" and "say" removed).</summary>
    public IReadOnlySet<string> Content { get; }

    public IReadOnlySet<(string, string)> Bigrams { get; }

    // A question's candidates share most of their words and all of a few headlines; each is analysed once.
    private readonly Dictionary<string, bool> _matches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _headlines = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="word"/> is one of the question's words, or analyses to one of its content terms.</summary>
    public bool Matches(string word)
    {
        if (!_matches.TryGetValue(word, out bool matches))
        {
            matches = Words.Contains(word) || EnglishTerms.Analyze(word).Any(Content.Contains);
            _matches[word] = matches;
        }

        return matches;
    }

    /// <summary>The IDF share of the question's terms that <paramref name="title"/> holds.</summary>
    public double HeadlineOverlap(string title)
    {
        if (!_headlines.TryGetValue(title, out double overlap))
        {
            var terms = EnglishTerms.Analyze(title).ToHashSet(StringComparer.Ordinal);
            overlap = Terms.Total <= 0 ? 0 : Terms.Terms.Where(t => terms.Contains(t.Term)).Sum(t => t.Weight) / Terms.Total;
            _headlines[title] = overlap;
        }

        return overlap;
    }

    public static QuestionProfile From(string question, ITermStatistics lexical, Func<string, bool>? writtenAsName = null) =>
        new(question, QuestionTerms.From(question, lexical, writtenAsName));

    public static IEnumerable<(string, string)> Pairs(IReadOnlyList<string> terms)
    {
        for (int i = 1; i < terms.Count; i++)
        {
            yield return (terms[i - 1], terms[i]);
        }
    }
}
