using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>
/// Recognises questions about the cited article itself ("When was it published?", "Which outlet?", "What's the
/// headline?") before the classifier runs.
/// </summary>
/// <remarks>
/// Every word must come from a small fixed vocabulary of references, publishing verbs and field names, so
/// "which newspaper claimed the vote was rigged?" (a look-up) and "when did it happen?" (a question about the
/// story) never match. "What date was that?" may ask when the event happened, so a date needs an article
/// word or a publishing verb beside it. The training file already labels "who published source 2?" as
/// show-source, so a match is routed as show-source with the fields it asks for.
/// </remarks>
internal static partial class ArticleFieldRule
{
    private static readonly HashSet<string> Glue =
    [
        "what", "whats", "which", "who", "whom", "when", "where", "was", "is", "were", "did", "does", "do", "has", "had", "s",
        "the", "a", "an", "that", "this", "it", "its", "in", "of", "from", "on", "by", "at", "and", "so", "ok", "okay",
        "also", "please", "pls", "again", "me", "tell", "give", "you", "can", "could", "i", "one", "number", "no",
        "first", "second", "third", "fourth", "fifth",
    ];

    private static readonly HashSet<string> Documents = ["article", "story", "piece", "report", "source", "item", "citation"];
    private static readonly HashSet<string> Publishing = ["published", "publish", "come", "came", "out", "run", "ran", "posted", "released", "printed", "appear", "appeared", "written"];
    private static readonly HashSet<string> DateWords = ["date", "dated", "day", "year"];
    private static readonly HashSet<string> OutletWords = ["outlet", "newspaper", "paper", "publication", "publisher", "site", "website", "agency", "wire"];
    private static readonly HashSet<string> HeadlineWords = ["headline", "title", "titled", "headlined", "called"];

    /// <summary>The article fields the whole message asks for; <see cref="ArticleFields.None"/> when it asks anything else.</summary>
    public static ArticleFields Match(string utterance)
    {
        var words = Word().Matches(utterance.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (words.Count == 0 || words.Count > 12 || !words.All(Known))
        {
            return ArticleFields.None;
        }

        bool publishing = words.Any(Publishing.Contains);
        bool document = words.Any(Documents.Contains);
        var fields = ArticleFields.None;
        if (words.Any(OutletWords.Contains) || (publishing && words.Any(w => w is "who" or "whom" or "where")))
        {
            fields |= ArticleFields.Outlet;
        }

        if ((words.Any(DateWords.Contains) && (document || publishing)) || (publishing && words.Contains("when")))
        {
            fields |= ArticleFields.Published;
        }

        // "Called" alone could be "who called it?"; with an article word it asks for the title.
        if (words.Any(w => HeadlineWords.Contains(w) && w != "called") || (words.Contains("called") && document))
        {
            fields |= ArticleFields.Headline;
        }

        return fields;
    }

    /// <summary>
    /// The fields and the topic of a question about an article named by what it covers ("When was the Iran article
    /// published?", "Who ran the story about the Torkham closure?"); null when the message is not of that shape.
    /// </summary>
    public static (ArticleFields Fields, string Topic)? MatchAbout(string utterance)
    {
        foreach (var pattern in new[] { TopicAfter(), TopicBefore() })
        {
            var match = pattern.Match(utterance);
            var topic = match.Groups["topic"];
            if (match.Success && !Word().Matches(topic.Value.ToLowerInvariant()).All(w => Known(w.Value)))
            {
                var cut = match.Groups["cut"].Success ? match.Groups["cut"] : topic;
                var fields = Match(utterance.Remove(cut.Index, cut.Length));
                if (fields != ArticleFields.None)
                {
                    return (fields, topic.Value.Trim());
                }
            }
        }

        return null;
    }

    /// <summary>True when the message points at a source by kind ("source 2", "the second article"), so a number in it is a citation number.</summary>
    public static bool NamesADocument(string utterance) => Word().Matches(utterance.ToLowerInvariant()).Any(m => Documents.Contains(m.Value));

    private static bool Known(string word) =>
        word.All(char.IsAsciiDigit) || Glue.Contains(word) || Documents.Contains(word) || Publishing.Contains(word)
        || DateWords.Contains(word) || OutletWords.Contains(word) || HeadlineWords.Contains(word);

    // "the article about the Iran talks", "the story on Torkham": the topic runs to a publishing verb or the end.
    [GeneratedRegex(@"\b(?:article|story|piece|report)(?<cut>\s+(?:about|on|covering|regarding|of)\s+(?:the\s+)?(?<topic>.+?))(?=\s+(?:published|come|came|run|ran|posted|released|printed|appeared|written|in|out)\b|\s*[?.!]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TopicAfter();

    // "the Iran article", "that Torkham story".
    [GeneratedRegex(@"\b(?:the|that|this)\s+(?<topic>(?:(?!\b(?:the|that|this)\b)[^?.!,])+?)\s+(?:article|story|piece|report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TopicBefore();

    [GeneratedRegex(@"[a-z]+|\d+")]
    private static partial Regex Word();
}
