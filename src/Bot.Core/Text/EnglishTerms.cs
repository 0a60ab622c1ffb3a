using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Bot.Core.Text;

/// <summary>English analysis shared by lexical search and the answerer: lower-casing, stop words, British→American spelling, Porter stems.</summary>
/// <remarks>Lucene's analyzer is used rather than a home-made stemmer so both sides agree on what a "term" is.</remarks>
public static partial class EnglishTerms
{
    /// <summary>The Lucene version every index and analyzer in the product uses.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>A shared analyzer; Lucene analyzers are safe to use from many threads.</summary>
    public static Analyzer Analyzer { get; } = new NewsAnalyzer();

    /// <summary>Returns the analysed terms of <paramref name="text"/>, in order, duplicates kept.</summary>
    public static List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>Each word of <paramref name="text"/> ("won't" and "Lumo's" whole) with its stem (null for a stop word) and where it starts.</summary>
    public static List<(string Word, string? Stem, int Index)> StemmedWords(string text) =>
        WordPattern().Matches(text).Select(m => (m.Value, Analyze(m.Value) is [var stem, ..] ? stem : null, m.Index)).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex WordPattern();
}
