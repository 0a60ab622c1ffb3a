using System.Text.RegularExpressions;

namespace Bot.Core.Ingestion;

/// <summary>
/// Shape tests for text blocks. News pages mix article prose with headlines, labels and link lists;
/// these tell them apart by length and punctuation rather than by exact wording, so they work across outlets.
/// </summary>
internal static partial class BlockShapes
{
    private const string ClosingChars = "\"”’'»)]";

    /// <summary>Number of space-separated words.</summary>
    public static int WordCount(string block) =>
        block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The block without trailing closing quotes and brackets.</summary>
    public static string TrimClosing(string block) => block.TrimEnd().TrimEnd(ClosingChars.ToCharArray());

    /// <summary>True when the block ends a sentence (., !, ? or an ellipsis), ignoring closing quotes.</summary>
    public static bool EndsSentence(string block) =>
        TrimClosing(block) is { Length: > 0 } trimmed && trimmed[^1] is '.' or '!' or '?' or '…';

    /// <summary>True when the block trails off with "..." or "…", as teaser snippets do.</summary>
    public static bool EndsWithEllipsis(string block) =>
        block.TrimEnd().EndsWith("...", StringComparison.Ordinal) || block.TrimEnd().EndsWith('…');

    /// <summary>A headline: 2–20 words, starts like a title, and does not end like a sentence or clause.</summary>
    public static bool IsHeadlineShaped(string block)
    {
        var words = WordCount(block);
        var trimmed = TrimClosing(block);
        return words is >= 2 and <= 20
            && block.Length <= 200
            && trimmed.Length > 0
            && trimmed[^1] is not ('.' or ',' or ';' or ':' or '…')
            && StartsLikeTitle(block);
    }

    /// <summary>A short line (at most 10 words) with no sentence ending: a title, label or link text.</summary>
    public static bool IsShortLine(string block) => WordCount(block) <= 10 && !EndsSentence(block);

    /// <summary>A real paragraph: a sentence of some length, or a long block whatever its ending.</summary>
    public static bool IsSubstantive(string block)
    {
        var words = WordCount(block);
        return words >= 25 || (words >= 10 && EndsSentence(block) && !EndsWithEllipsis(block));
    }

    /// <summary>A section label: at most 4 words, no punctuation at all, starting with a capital.</summary>
    public static bool IsLabelShaped(string block) =>
        WordCount(block) <= 4 && block.Length <= 48 && !LabelPunctuation().IsMatch(block) && StartsLikeTitle(block);

    /// <summary>True when words are glued CamelCase-style, as section menus are when their links lose spacing.</summary>
    public static bool HasGluedWords(string block) => GluedWords().IsMatch(block);

    private static bool StartsLikeTitle(string block) =>
        block.Length > 0 && (char.IsUpper(block[0]) || char.IsDigit(block[0]) || "\"“‘'".Contains(block[0], StringComparison.Ordinal));

    [GeneratedRegex("[.,;:!?\"“”…|]")]
    private static partial Regex LabelPunctuation();

    [GeneratedRegex(@"\p{Ll}{3,}\p{Lu}\p{Ll}{2,}")]
    private static partial Regex GluedWords();
}
