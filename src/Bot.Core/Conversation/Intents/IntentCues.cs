using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>
/// What a look-up or a summary request cannot do without: a look-up asks where a claim is written, so it names the
/// writing (an article, a source, a sentence, a quote) or asks to find it, or asks who said it; a summary request asks
/// to shorten or bring up to date (summarise, the gist, the latest, catch me up). A message with neither is a question,
/// whatever the classifier says.
/// </summary>
/// <remarks>
/// The classifier learns these intents from their examples' words, and a question can share enough of them to be
/// routed away: "Which theory states that Earth's features remained unchanged…?" read as a look-up ("states that"),
/// "What is Jacksonville's hottest month on average?" as a summary. On questions written over squad-b's articles
/// about one in twenty-five went that way, and a question sent to a look-up or a summary is never answered. Like the
/// small-talk guard, the cues only rule intents out, so they fit every look-up and summary the router learns from
/// (tested) and an unsure message falls back to the safe intent, a question.
/// </remarks>
internal static partial class IntentCues
{
    /// <summary>True when <paramref name="text"/> could ask where a claim is written.</summary>
    public static bool MayBeLookup(string text) => !Asks(text) || LookupCue().IsMatch(text);

    /// <summary>True when <paramref name="text"/> could ask for a summary or an update.</summary>
    public static bool MayBeSummary(string text) => !Asks(text) || SummaryCue().IsMatch(text);

    // Only a message that asks something can be a question; a bare request ("fill me in on the port strike") may use
    // a phrasing the cues do not list, so it is left to the classifier.
    private static bool Asks(string text) => text.TrimEnd().EndsWith('?') || QuestionWord().IsMatch(text);

    [GeneratedRegex(@"\b(?:who|whom|whose|what|when|where|which|why|how)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionWord();

    // The writing itself, finding it, or who (or where) said it.
    [GeneratedRegex(
        @"\b(?:articles?|stor(?:y|ies)|sources?|reports?|reported|reporters?|pieces?|outlets?|papers?|newspapers?|agency|agencies|sites?|texts?|coverage|passages?|sentences?|lines?|paragraphs?|quotes?|quoted|quoting|wording|citations?|cites?|cited|evidence|claims?|claimed|statements?|bit|parts?\s+about|mentions?|mentioned|written|wrote|writes|read)\b" +
        @"|\b(?:find|locate|search|look\s+up|point\s+me|show\s+me|show\s+the)\b" +
        @"|\bwhere\b.*\b(?:says?|said|saying|states?|stated)\b" +
        @"|\bwho\s+(?:says|said|claims|reported)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LookupCue();

    // Shortening, the whole picture, or what is new.
    [GeneratedRegex(
        @"\b(?:summar\w*|sum\s+(?:it\s+)?up|sum\s+up|gist|brief\w*|tl;?\s*dr|recap\w*|overview|synopsis|digest|rundown|nutshell|outline|highlights|takeaways?|essentials|headlines?|condense|boil\s+down|wrap(?:\s+up)?|big\s+picture|key\s+points?|bullet\s+points?|main\s+(?:points?|events|developments|arguments)|top\s+lines|short\s+(?:version|story)|overall|catch\s+me\s+up|up\s+to\s+speed|latest|updates?|news|happening|happened|going\s+on|developments|explain|in\s+short)\b" +
        @"|\bwhat\s+do\s+(?:the|all\s+the)\s+articles\s+say\b" +
        // What is new, not a new thing: "what's new with the pipeline deal?", not "the cheapest deal on Orbis's new 3G network".
        @"|\b(?:what(?:'s|’s|\s+is|\s+was)|anything|something|nothing)\s+(?:else\s+)?new\b|\bnew\s+(?:on|with|about|in|from)\s+(?:the|this|that)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummaryCue();
}
