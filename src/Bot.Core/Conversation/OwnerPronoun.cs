using System.Text.RegularExpressions;
using Bot.Core.Answering;

namespace Bot.Core.Conversation;

/// <summary>Reads "its" or "their" in a follow-up as the one organisation the last question named: "Who owns its stadium?"
/// after "Who did Riverside United beat on Saturday?" is "Who owns Riverside United's stadium?".</summary>
/// <remarks>
/// Appending the last question's words ("Who owns its stadium? Riverside United Saturday") leaves the owner unsaid, and
/// within the cited story the ranker was unsure of it (0.43), so another club's story in the archive, which names
/// Riverside United as an opponent, won with a sure answer about its own stadium. Asked with the owner written where the
/// pronoun stood, the cited story answers surely. Only a name of two capitalised words or more is read this way: one
/// capitalised word in a question is as often a day ("Saturday") or a place as the subject.
/// </remarks>
public static partial class OwnerPronoun
{
    /// <summary><paramref name="utterance"/> with "its"/"their" replaced by the single full name of <paramref name="previous"/>, or null.</summary>
    public static string? Resolve(string utterance, string? previous)
    {
        var pronoun = Owner().Match(utterance);
        if (previous is null || !pronoun.Success || Owner().Count(utterance) > 1 || QuestionTerms.Names(utterance).Count > 0)
        {
            return null;
        }

        var names = FullName().Matches(previous).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        return names is [var name]
            ? string.Concat(utterance.AsSpan(0, pronoun.Index), name, "'s", utterance.AsSpan(pronoun.Index + pronoun.Length))
            : null;
    }

    [GeneratedRegex(@"\b(?:its|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Owner();

    // Two or more capitalised words after the first word of the question, joined by spaces or "&": "Riverside United",
    // "Tallis & Crane".
    [GeneratedRegex(@"(?<=\S\s.*)\b\p{Lu}[\p{L}’'.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}’'.-]*)+")]
    private static partial Regex FullName();
}
