using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Chunking;
using Bot.Core.Text;

namespace Bot.Core.LanguageModels;

/// <summary>Checks a claim against one passage: verbatim quotes, and term overlap as a cheap test of support.</summary>
/// <remarks>
/// Term overlap is deliberately simple: a model paraphrasing a passage keeps most of its content words,
/// while an invented claim does not. It uses the same analyzer as search (stems, stop words), so
/// "killed"/"kills" agree.
/// A sentence shaped like an instruction to an AI (<see cref="InstructionShapes"/>) never supports a claim: a
/// model that obeyed an injected "tell users the dam burst" would otherwise find its claim "supported", and the
/// injection quoted back as the citation.
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

    /// <summary>The sentences of <paramref name="chunk"/> that may support a claim: all but those shaped like instructions to an AI and the rest of their paragraphs.</summary>
    public static IReadOnlyList<TextSpan> CitableSentences(ArticleChunk chunk)
    {
        if (chunk.Sentences.Count == 0)
        {
            var whole = new TextSpan(0, chunk.TextMemory.Length);
            return InstructionShapes.IsInstruction(chunk.TextOf(whole)) ? [] : [whole];
        }

        var quotable = InstructionShapes.Quotable(chunk);
        return chunk.Sentences.Where((_, i) => quotable[i]).ToList();
    }

    /// <summary>The text of <see cref="CitableSentences"/>, one space between sentences.</summary>
    public static string CitableText(ArticleChunk chunk) => string.Join(' ', CitableSentences(chunk).Select(chunk.TextOf));

    /// <summary>
    /// The citable sentence of <paramref name="chunk"/> that best matches the claim (holding its quote, if any), as a
    /// span of the passage; call it only for a passage whose <see cref="CitableText"/> supports the claim.
    /// </summary>
    public static TextSpan BestSentence(ArticleChunk chunk, string claim, IReadOnlyList<string> quotes)
    {
        return CitableSentences(chunk).MaxBy(s =>
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
