using System.Text.RegularExpressions;

namespace Bot.Core.Answering;

/// <summary>Questions about someone's job or employer ("what job has Arregui taken for next year?", "where does she work these
/// days"), and sentences that tell of a post taken.</summary>
public static partial class JobQuestion
{
    /// <summary>True when <paramref name="question"/> asks what someone's job is, or was taken; not one held before.</summary>
    public static bool Asked(string question) => JobAsked().IsMatch(question) && !Before().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> tells of a post taken: "left the OGA in April to become director of …",
    /// "took over the transport ministry", "has been appointed head coach of …".</summary>
    public static bool Gives(string sentence) => PostTaken().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:what|which)\s+(?:new\s+)?(?:job|post|role|position)\b|\bwhere\s+(?:does|did|do|is|was|has)\s+(?!it\s+(?:say|said|report|mention))(?:\S+\s+){1,4}?(?:work|working|worked|employed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex JobAsked();

    // "where did he work before that?", "what job did she have previously": an earlier job, which a post taken does not give.
    // "What position did Rivera play in Super Bowl XX?": a place in a team, not a post.
    [GeneratedRegex(@"\b(?:before|previously|formerly|used\s+to|prior|play|plays|played|playing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    [GeneratedRegex(@"\b(?:appointed|named\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?\p{Ll}|hired|promoted|recruited|sworn\s+in|to\s+become|became|becomes|t(?:ook|akes|aking|ake)\s+(?:over|up|charge)|joined|joins|moved\s+to|moves\s+to|works\s+(?:for|at)|will\s+(?:coach|lead|head|run))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostTaken();
}
