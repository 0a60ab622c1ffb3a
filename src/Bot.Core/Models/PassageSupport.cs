using System.Text.RegularExpressions;
using Bot.Core.Chunking;
using Bot.Core.Text;

namespace Bot.Core.Models;

/// <summary>Checks a claim against one passage: verbatim quotes, and term overlap as a cheap test of support.</summary>
/// <remarks>
/// Term overlap is deliberately simple: a model paraphrasing a passage keeps most of its content words,
/// while an invented claim does not. It uses the same analyzer as search (stems, stop words), so
/// "killed"/"kills" agree.
/// </remarks>
internal static partial class PassageSupport
{
    /// <summary>The share of a claim's content words a passage must hold to support it.</summary>
    public const double MinOverlap = 0.6;

    /// <summary>The share of <paramref name="claim"/>'s content terms found in <paramref name="text"/>.</summary>
    public static double Overlap(string claim, string text)
    {
        var terms = EnglishTerms.Analyze(claim).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return 0;
        }

        var passage = EnglishTerms.Analyze(text).ToHashSet(StringComparer.Ordinal);
        return terms.Count(passage.Contains) / (double)terms.Count;
    }

    /// <summary>True when <paramref name="quote"/> occurs in <paramref name="text"/> word for word (spacing and quote marks normalised).</summary>
    public static bool Contains(string text, string quote) =>
        Normalize(text).Contains(Normalize(quote).Trim(' ', '.', ','), StringComparison.Ordinal);

    /// <summary>The sentence of <paramref name="chunk"/> that best matches the claim (holding its quote, if any), as a span of the passage.</summary>
    public static TextSpan BestSentence(ArticleChunk chunk, string claim, IReadOnlyList<string> quotes)
    {
        var spans = chunk.Sentences.Count > 0 ? chunk.Sentences : [new TextSpan(0, chunk.TextMemory.Length)];
        return spans.MaxBy(s =>
        {
            var sentence = chunk.TextOf(s);
            return (quotes.Any(q => Contains(sentence, q)) ? 1 : 0) + Overlap(claim, sentence);
        });
    }

    private static string Normalize(string text) =>
        Spaces().Replace(text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"'), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
