namespace Bot.Core.Ingestion;

/// <summary>Builds a title from the first sentence when an article has no headline.</summary>
internal static class LeadTitle
{
    public const int MaxLength = 90;

    // Abbreviations whose full stop does not end a sentence ("Lt. Gen. Nadeem Anjum").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "prof", "gov", "sen",
        "rep", "no", "vol", "inc", "co", "corp", "ltd", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec",
    };

    // Words a title should not end on: cut after them, the title stops mid-phrase ("… hit by last month's…").
    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "over", "and", "or", "but",
        "as", "than", "that", "which", "who", "its", "his", "her", "their", "our", "this", "these", "those", "last", "next",
        "said", "says", "after", "before", "amid", "during", "about",
    };

    /// <summary>The first sentence of the block (after any dateline); if long, cut at a clause break, else after a word that ends a phrase, with "…".</summary>
    public static string From(string block, Dateline? dateline)
    {
        var text = dateline is not null ? block[dateline.Length..] : block;
        var sentence = FirstSentence(text.Trim());
        if (sentence.Length <= MaxLength)
        {
            return sentence.TrimEnd('.');
        }

        var clause = sentence.AsSpan(0, MaxLength).LastIndexOfAny(",;:—");
        if (clause >= MaxLength / 2)
        {
            return sentence[..clause].TrimEnd(' ', '–', '-') + "…";
        }

        return WordCut(sentence) + "…";
    }

    private static string WordCut(string sentence)
    {
        var cut = sentence.LastIndexOf(' ', MaxLength - 1);
        if (cut <= MaxLength / 2)
        {
            return sentence[..(MaxLength - 1)];
        }

        var words = sentence[..cut].Split(' ').ToList();
        while (words.Count > 4 && (Dangling.Contains(words[^1]) || words[^1].EndsWith("’s", StringComparison.Ordinal) || words[^1].EndsWith("'s", StringComparison.Ordinal)))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).TrimEnd(',', ';', ':', '-', '–', '—', ' ');
    }

    private static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && !IsAbbreviation(text, i))
            {
                return text[..(i + 1)];
            }
        }

        return text;
    }

    private static bool IsAbbreviation(string text, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..stop];
        return word.Length <= 1 || Abbreviations.Contains(word);
    }
}
