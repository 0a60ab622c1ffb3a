namespace Bot.Core.Answering;

/// <summary>Tells the reader when a question was searched with a name written differently from how it was typed.</summary>
/// <remarks>
/// Re-spelling can be wrong in a way only the reader can see ("Hussain" and "Hussein" may be two people), so an
/// answer to a re-spelled question says what was read for what: "Read “Milennium” as “Millennium”".
/// </remarks>
public static class RespellingNote
{
    /// <summary>The note for a question typed as <paramref name="typed"/> and searched as <paramref name="searched"/>; null when they are the same.</summary>
    public static string? For(string typed, string searched)
    {
        // Capitals given to a question typed in lower case (Truecase) change nothing the reader needs told.
        if (string.Equals(typed, searched, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int prefix = 0;
        while (prefix < typed.Length && prefix < searched.Length && SameLetter(typed[prefix], searched[prefix]))
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < typed.Length - prefix && suffix < searched.Length - prefix && SameLetter(typed[^(suffix + 1)], searched[^(suffix + 1)]))
        {
            suffix++;
        }

        // Widen the changed stretch to whole words on both sides.
        while (prefix > 0 && InWord(typed, prefix - 1))
        {
            prefix--;
        }

        while (suffix > 0 && InWord(typed, typed.Length - suffix))
        {
            suffix--;
        }

        return $"Read “{typed[prefix..^suffix]}” as “{searched[prefix..^suffix]}”, as the articles write it.";
    }

    private static bool SameLetter(char a, char b) => char.ToLowerInvariant(a) == char.ToLowerInvariant(b);

    // A letter or digit, or the stroke or hyphen between two years ("25/26", "23-24"), which are read as one word.
    private static bool InWord(string text, int index) =>
        char.IsLetterOrDigit(text[index]) || (text[index] is '/' or '-' && index > 0 && index + 1 < text.Length && char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1]));

    /// <summary><paramref name="answer"/> with the note for <paramref name="typed"/> read as <paramref name="searched"/> added to its notice, if they differ.</summary>
    public static Answer AddTo(Answer answer, string typed, string searched) =>
        For(typed, searched) is { } note ? answer with { Notice = Answer.JoinNotices(answer.Notice, note) } : answer;
}
