using System.Globalization;
using System.Text;

namespace Bot.Core.Text;

/// <summary>Text in lower case without accents, for comparing names as written ("Erdogan" and "Erdoğan" are one).</summary>
public static class Folding
{
    /// <summary><paramref name="text"/> in lower case, its accents removed.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }
}
