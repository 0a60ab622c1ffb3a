using System.Text;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>Questions as plain words for the simple query syntax: its operators (+ - | " * ( ) ~ \ …) are escaped, never obeyed.</summary>
/// <remarks>"Tehreek-e-Taliban" or a pasted "-" must not become a NOT, nor a quote a phrase: the text is matched word by word, as in memory.</remarks>
public static class SimpleQuery
{
    /// <summary>Every character other than a letter, a digit or white space is preceded by a backslash.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune) && !Rune.IsWhiteSpace(rune))
            {
                escaped.Append('\\');
            }

            escaped.Append(rune.ToString());
        }

        return escaped.ToString();
    }
}
