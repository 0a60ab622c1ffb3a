using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>Decides whether a message may be small talk at all: only when it has no content and does not continue a question.</summary>
/// <remarks>
/// The classifier learns small talk from short messages, so any short message ("and Iran?", "Was anyone arrested?")
/// looks like one to it. Small talk is defined by what it lacks, so the guard checks that instead: a content word
/// (<see cref="SmallTalkVocabulary"/>) or a follow-up opening ("and …", "what about …") rules small talk out. So does a
/// question word standing alone ("from when?", "why?", "how many?"): every word of it is a function word, yet it asks for
/// more of the last answer. A bare "what?" is left to the classifier: it as often means the reader did not follow.
/// </remarks>
internal static partial class SmallTalkGuard
{
    /// <summary>True when <paramref name="utterance"/> could be small talk.</summary>
    public static bool Allows(string utterance) =>
        !SmallTalkVocabulary.HasContent(utterance) && !FollowUpOpening().IsMatch(utterance) && !ElidedQuestion().IsMatch(utterance);

    [GeneratedRegex(@"^\s*(?:(?:and|also|so)\s+)?(?:what|how)\s+about\b|^\s*same\s+(?:for|with)\b|^\s*(?:and|also)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpOpening();

    [GeneratedRegex(@"^\s*(?:(?:from|since|until|till|by|for|to|with|and|so)\s+)?(?:why|when|where|who|whom|whose|which|how(?:\s+(?:many|much|long|often|come|so))?|what\s+(?:for|then))(?:\s+(?:exactly|then|precisely|now))?\s*[?!.]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ElidedQuestion();
}
