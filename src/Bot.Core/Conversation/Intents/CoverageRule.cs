using System.Text.RegularExpressions;

namespace Bot.Core.Conversation.Intents;

/// <summary>Recognises "What do the articles say about the floods?" before the classifier runs.</summary>
/// <remarks>
/// It asks for what the coverage says of a topic, which is a summary; the classifier leaned on "articles … say" and read
/// it as a claim to look up, so the reply was "No article says that". A claim has a reporting verb followed by what is
/// said ("which article says the dam broke"); this shape has "about" or "on" and a topic.
/// </remarks>
internal static partial class CoverageRule
{
    /// <summary>"What do the articles say about ", up to the topic: the Summarizer takes it off to find the topic.</summary>
    internal const string WhatTheArticlesSay =
        @"what\s+(?:(?:do|does|did)\s+)?(?:all\s+)?(?:the|these|our|your)\s+(?:news\s+)?(?:articles?|stor(?:y|ies)|reports?|papers?|sources?|coverage|news)\s+(?:say|says|said|report|reports|tell\s+us|have\s+to\s+say)\s+(?:overall\s+|so\s+far\s+)?(?:about|on|regarding|of)\s+";

    /// <summary>True when the message asks what the articles say about a topic.</summary>
    public static bool IsMatch(string utterance) => WhatTheySay().IsMatch(utterance);

    [GeneratedRegex(@"^\s*(?:(?:please|pls|so|and|ok|okay)[\s,]+)?" + WhatTheArticlesSay + @"\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatTheySay();
}
