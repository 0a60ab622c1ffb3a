using System.Text.RegularExpressions;

namespace Bot.Core.Text;

/// <summary>Splits article text into sentences and reports each one's character span.</summary>
/// <remarks>
/// News copy is full of abbreviations ("Gen.", "Lt.", "Mr.", "U.S.") and initials, so a full stop ends a
/// sentence only when the next word starts a new one. Spans point into the original text, never a copy,
/// so citations can quote the article verbatim.
/// </remarks>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep", "st", "jr", "sr",
        "prof", "rev", "no", "vs", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "etc", "approx", "dept", "est",
        // Titles before a name, as the papers of Nairobi, Accra or Delhi and police reports write them: "Eng. Philip Koech".
        "eng", "hon", "amb", "insp", "supt", "det", "cllr", "fr", "cpl", "pte", "adm", "brig", "cmdr", "lieut",
    };

    /// <summary>Returns the sentences of <paramref name="text"/> as spans, trimmed of surrounding whitespace.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, int offset = 0)
    {
        var spans = new List<TextSpan>();
        foreach (var paragraph in Paragraphs(text))
        {
            SplitParagraph(text, paragraph, spans);
        }

        return offset == 0 ? spans : spans.ConvertAll(s => s with { Start = s.Start + offset });
    }

    /// <summary>Returns the paragraphs (blocks separated by a blank line or a line break) as spans.</summary>
    public static IEnumerable<TextSpan> Paragraphs(string text)
    {
        foreach (Match m in ParagraphPattern().Matches(text))
        {
            yield return new TextSpan(m.Index, m.Length);
        }
    }

    private static void SplitParagraph(string text, TextSpan paragraph, List<TextSpan> spans)
    {
        int start = paragraph.Start;
        int end = paragraph.End;
        foreach (Match m in BoundaryPattern().Matches(text.Substring(paragraph.Start, paragraph.Length)))
        {
            int boundary = paragraph.Start + m.Index + 1;
            while (boundary < end && IsClosing(text[boundary]))
            {
                boundary++;
            }

            if (IsAbbreviation(text, paragraph.Start + m.Index, start))
            {
                continue;
            }

            Add(text, start, boundary, spans);
            start = boundary;
        }

        Add(text, start, end, spans);
    }

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')';

    private static bool IsAbbreviation(string text, int dot, int sentenceStart)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        int wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        // A single letter is an initial ("J. Smith"), unless a number runs into it: "profits of £190m." ends a sentence.
        var word = text[wordStart..dot];
        bool initial = word.Length == 1 && (wordStart == 0 || !char.IsDigit(text[wordStart - 1]));
        return initial || Abbreviations.Contains(word) || (Initials().IsMatch(word) && !SentenceOpening().IsMatch(text.AsSpan(dot + 1)))
            || (Meridiem().IsMatch(word) && DayOrZone().IsMatch(text.AsSpan(dot + 1)));
    }

    // Run-together initials go on into the name they are of: "former bank secretary T.K. Sasidharan", "J.B. Priestley", as the
    // papers of Kerala or Tamil Nadu write most names. Before a word that opens sentences ("… in Vancouver, B.C. The province …")
    // they end one.
    [GeneratedRegex(@"^(?:[A-Z]\.){1,3}[A-Z]$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"^\s+[""“‘'(]?(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|Those|His|Her|Its|Their|There|Our|If|When|As)\b")]
    private static partial Regex SentenceOpening();

    // "The fire was reported at 9:52 p.m. Sunday by a passing driver": an hour's "a.m." or "p.m." goes on into the day, date or
    // time zone it is of; before any other capital ("… at 9 p.m. The fire spread …") it ends the sentence.
    [GeneratedRegex(@"^[ap]\.m$", RegexOptions.IgnoreCase)]
    private static partial Regex Meridiem();

    [GeneratedRegex(@"^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC)\b")]
    private static partial Regex DayOrZone();

    private static void Add(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end - start));
        }
    }

    // A sentence ends at . ! or ? (optionally closed by quotes) followed by whitespace and an opening capital,
    // digit or quote.
    [GeneratedRegex(@"[.!?](?=[""”’')]*\s+[""“‘'(]?[A-Z0-9])")]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")]
    private static partial Regex ParagraphPattern();
}
