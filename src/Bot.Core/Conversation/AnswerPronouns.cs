using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Core.Answering.Names;
using Microsoft.Extensions.Options;

namespace Bot.Core.Conversation;

/// <summary>Reads "he", "she" or "they" after a "Who …?" answer as the name that answered it.</summary>
/// <remarks>
/// After "Who led the Afghan delegation?", "What did he say?" is about the general the answer named, not about
/// anything the question named, so borrowing the question's names (<see cref="FollowUpResolver"/>) asks about the wrong
/// subject. When <see cref="AnswerNames"/> is sure enough which name in the answer's first sentence answered, the pronoun
/// is replaced by it ("How many solo tackles did he make?" after "Who was named Super Bowl MVP?" becomes "… did Von Miller
/// make?"). Otherwise the follow-up is read as before.
/// </remarks>
public sealed partial class AnswerPronouns(IOptions<AnsweringOptions> options)
{
    // Read once at start: a bad file named in the settings stops the host with the file and the fix.
    private readonly AnswerNameModel? model = options.Value.AnswerNamesPath is { Length: > 0 } path ? AnswerNames.LoadFile(path) : AnswerNames.Model;

    /// <summary><paramref name="utterance"/> with its person pronoun replaced by the last answer's name, or null when that does not apply.</summary>
    public string? Resolve(string utterance, IReadOnlyList<ConversationTurn> turns)
    {
        if (turns.Count == 0 || turns[^1] is not { Reply: { Abstained: false, Citations.Count: > 0 } reply } last
            || !AnswerNames.AsksWho(last.ResolvedText) || !FollowUpResolver.PointsBack(utterance))
        {
            return null;
        }

        // "Which team did Gary Kubiak play for when he was in it?": a name before the pronoun is whom it means.
        var match = PersonPronoun().Match(utterance);
        if (!match.Success || QuestionTerms.Names(utterance[..match.Index]).Count > 0 || AnswerNames.Pick(last.ResolvedText, reply.Citations[0].Quote, model) is not { } name)
        {
            return null;
        }

        bool possessive = match.Value.ToLowerInvariant() is "his" or "their";
        return string.Concat(utterance.AsSpan(0, match.Index), name.Text + (possessive ? "'s" : string.Empty), utterance.AsSpan(match.Index + match.Length));
    }

    /// <summary>True when <paramref name="resolved"/> is <paramref name="utterance"/> with its person pronoun replaced (by <see cref="Resolve"/>).</summary>
    public static bool IsRewriteOf(string utterance, string resolved)
    {
        var match = PersonPronoun().Match(utterance);
        return match.Success && resolved.Length > utterance.Length - match.Length
            && resolved.StartsWith(utterance[..match.Index], StringComparison.Ordinal)
            && resolved.EndsWith(utterance[(match.Index + match.Length)..], StringComparison.Ordinal)
            && !resolved.StartsWith(utterance, StringComparison.Ordinal);
    }

    // "her" is left out: it is as often possessive as not, and a wrong reading garbles the question.
    [GeneratedRegex(@"\b(he|him|his|she|they|them|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonPronoun();
}
