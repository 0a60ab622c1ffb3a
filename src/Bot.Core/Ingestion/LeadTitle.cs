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

    /// <summary>The first sentence of the block (after any dateline), cut at a word boundary with "…" if long.</summary>
    public static string From(string block, Dateline? dateline)
    {
        var text = dateline is not null ? block[dateline.Length..] : block;
        var sentence = FirstSentence(text.Trim());
        if (sentence.Length <= MaxLength)
        {
            return sentence.TrimEnd('.');
        }

        var cut = sentence.LastIndexOf(' ', MaxLength - 1);
        var head = cut > MaxLength / 2 ? sentence[..cut] : sentence[..(MaxLength - 1)];
        return head.TrimEnd(',', ';', ':', '-', '–', '—', ' ') + "…";
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
