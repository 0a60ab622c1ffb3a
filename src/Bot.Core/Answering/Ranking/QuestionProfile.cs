using Bot.Core.Retrieval;
using Bot.Core.Text;

namespace Bot.Core.Answering.Ranking;

/// <summary>What the sentence features need to know about a question, worked out once per question.</summary>
public sealed class QuestionProfile
{
    private QuestionProfile(string text, QuestionTerms terms)
    {
        Text = text;
        Terms = terms;
        Kind = AnswerType.KindOf(text);
        Focus = QuestionFocus.Find(text);
        Words = QuestionTerms.Words(text).Select(w => w.Word).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Analyzed = EnglishTerms.Analyze(text);
        Content = Terms.Terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        Bigrams = Pairs(Analyzed).ToHashSet();
    }

    public string Text { get; }

    public QuestionTerms Terms { get; }

    public AnswerKind Kind { get; }

    public string? Focus { get; }

    /// <summary>The question's words as written (case-insensitive), for telling a new name from one the question asked about.</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>The analysed terms of the whole question, in order.</summary>
    public IReadOnlyList<string> Analyzed { get; }

    /// <summary>The analysed content terms (scaffolding such as "who" and "say" removed).</summary>
    public IReadOnlySet<string> Content { get; }

    public IReadOnlySet<(string, string)> Bigrams { get; }

    public static QuestionProfile From(string question, LexicalIndex lexical) => new(question, QuestionTerms.From(question, lexical));

    public static IEnumerable<(string, string)> Pairs(IReadOnlyList<string> terms)
    {
        for (int i = 1; i < terms.Count; i++)
        {
            yield return (terms[i - 1], terms[i]);
        }
    }
}
