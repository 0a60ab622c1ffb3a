using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>
/// Recognises "which source says …", "what article reports …", "which outlet said …", "does any story say …" and "is
/// there an article saying …" before the classifier runs.
/// </summary>
/// <remarks>
/// These ask where a claim comes from, like "where does it say …". The classifier confuses them with "show source 2"
/// because both lean on the word "source"; the shape (which/what + a kind of publication + a reporting verb) is
/// unambiguous, so a rule decides. "Which source is number 3?" has no reporting verb and is left to the classifier.
/// </remarks>
internal static partial class LookupRule
{
    /// <summary>True when the message asks which publication makes a claim.</summary>
    public static bool IsMatch(string utterance) =>
        WhichSourceSays().IsMatch(utterance) || AnySourceSays().IsMatch(utterance) || FindTheStorySaying().IsMatch(utterance)
        || ShowMeWhereSaid().IsMatch(utterance);

    // "Show me where Calder confirmed it was in takeover talks": where someone is said to have said something. Not "show me
    // where the fire started", which asks a place and has no verb of saying.
    [GeneratedRegex(
        @"^\s*(?:(?:please|pls|so|and|ok|okay)[\s,]+)?(?:(?:can|could)\s+you\s+(?:please\s+)?)?(?:show|point)\s+me\s+(?:to\s+)?where\s+(?:[\p{L}\p{N}'’&.,-]+\s+){0,12}?(?:said|says|confirmed|confirms|announced|announces|admitted|admits|claimed|claims|reported|reports|stated|states|denied|denies|wrote|writes|mentioned|mentions|revealed|reveals|told|promised|pledged|warned|insisted|argued)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShowMeWhereSaid();

    // "Find the piece saying …", "show me the article that reports …", "find the story where …": the story a claim is in.
    // Not "find the story about the floods", which asks for the story, not for where a claim is made.
    [GeneratedRegex(
        @"^\s*(?:(?:please|pls|so|and|ok|okay)[\s,]+)?(?:(?:can|could)\s+you\s+(?:please\s+)?)?(?:find|show|give|point)(?:\s+me)?(?:\s+to)?\s+(?:the|a|an|any)\s+(?:news\s+)?(?:source|article|story|report|piece|item|passage|sentence)s?\s+(?:saying|reporting|stating|claiming|mentioning|where|in\s+which|(?:that|which)\s+(?:says|said|reports|reported|states|claims|mentions))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FindTheStorySaying();

    // "Does any story say …", "Is there an article saying …": a yes-or-no question about the articles themselves. "Is there a
    // source for the festival ending up in the red?" asks the same of a claim; "is there a source for that?" asks for the last
    // answer's, and is left to the classifier.
    [GeneratedRegex(
        @"^\s*(?:(?:please|pls|so|and|ok|okay)[\s,]+)?(?:(?:is|are)\s+there\s+(?:a|an|any)\s+(?:news\s+)?source\s+for\s+(?!(?:that|this|it|them|those)\s*[?.!]*\s*$)(?=\w)|(?:does|do|did)\s+(?:any|an|a|the)\s+(?:other\s+)?(?:news\s+)?(?:source|article|story|report|piece|outlet|paper|newspaper)s?\s+(?:say|report|mention|claim|state|quote|write|note)|(?:is|are|was)\s+there\s+(?:an?|any)\s+(?:other\s+)?(?:news\s+)?(?:source|article|story|report|piece)s?\s+(?:saying|reporting|claiming|stating|mentioning|which\s+says|that\s+(?:says|said|reports|reported|claims|mentions|states)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnySourceSays();

    [GeneratedRegex(
        @"^\s*(?:(?:please|pls|so|and|ok|okay)[\s,]+)?(?:(?:can|could)\s+you\s+(?:please\s+)?(?:tell|show)\s+me\s+)?(?:which|what)(?:\s+one)?(?:\s+of\s+the)?\s+(?:news\s+)?(?:source|article|story|report|outlet|paper|newspaper|piece|wire|publication|text|site|agency|channel)s?\s+(?:that\s+)?(?:says?|said|reports?|reported|mentions?|mentioned|claims?|claimed|states?|stated|quotes?|quoted|carries|carried|cites?|cited|notes?|noted|writes?|wrote|covers|covered|has|had|talks?\s+about|refers?\s+to)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhichSourceSays();
}
