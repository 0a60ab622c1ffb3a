using System.Text.RegularExpressions;

namespace Bot.Core.Ingestion;

/// <summary>
/// Recognises page furniture that scrapers carry into article text: consent notices, share and subscribe
/// prompts, related-link headings, advertising slugs and copyright lines. Each rule is a keyword shape plus
/// a length limit, so a long paragraph that merely mentions Facebook or a newsletter is never removed.
/// </summary>
internal static partial class Furniture
{
    private const int MaxFurnitureWords = 40;
    private const int MaxPromptWords = 10;

    /// <summary>True when the block is furniture and should be removed wherever it appears.</summary>
    public static bool IsFurniture(string block)
    {
        var words = BlockShapes.WordCount(block);
        if (words > MaxFurnitureWords)
        {
            return false;
        }

        return RightsLine().IsMatch(block)
            || IsListHeading(block)
            || BackToTop().IsMatch(block)
            || (words <= 25 && (SubscribePrompt().IsMatch(block) || TagsLine().IsMatch(block) || ReadMore().IsMatch(block)))
            || (words <= MaxPromptWords && !BlockShapes.IsSubstantive(block) && IsShortPrompt(block));
    }

    /// <summary>
    /// True for a heading that introduces a list of other stories ("Related Articles", "More from Dawn", "Most read");
    /// what follows it is links, not the article.
    /// </summary>
    public static bool IsListHeading(string block) =>
        BlockShapes.WordCount(block) <= 6 && !BlockShapes.EndsSentence(block) && ListHeading().IsMatch(block);

    /// <summary>True for "Back to top" style links, which only appear after the article.</summary>
    public static bool IsEndLink(string block) => BlockShapes.WordCount(block) <= 6 && BackToTop().IsMatch(block);

    /// <summary>
    /// True for a cookie or consent notice. Only trusted at the edges of the text, where sites put them:
    /// a paragraph in the middle of a story about tracking may read much the same.
    /// </summary>
    public static bool IsConsentNotice(string block) =>
        BlockShapes.WordCount(block) <= MaxFurnitureWords
        && Cookies().IsMatch(block) && Addressed().IsMatch(block) && ConsentWording().IsMatch(block);

    private static bool IsShortPrompt(string block) =>
        SharePrompt().IsMatch(block) || SocialOnly().IsMatch(block) || AdSlug().IsMatch(block)
        || CommentsPrompt().IsMatch(block) || SiteChrome().IsMatch(block);

    [GeneratedRegex(@"\bcookies?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cookies();

    // Consent notices talk to the reader or about the site; news prose about cookies rarely does.
    [GeneratedRegex(@"\b(?:you|your|we use|this (?:web)?site|the (?:web)?site|our (?:web)?site)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Addressed();

    [GeneratedRegex(@"\b(?:agree|accept|consent|continu\w*|(?:we|site|website) uses? cookies|use of cookies|cookie (?:policy|settings|preferences|notice)|find out more|learn more|privacy)", RegexOptions.IgnoreCase)]
    private static partial Regex ConsentWording();

    [GeneratedRegex(@"\ball rights reserved\b|^\s*(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex RightsLine();

    [GeneratedRegex(
        @"^(?:related|recommended|suggested|similar|more|most|latest|top|trending|popular|editor'?s'? picks?" +
        @"|you (?:may|might) (?:also )?(?:like|enjoy)|also (?:read|see|on)|read next|what to read next)" +
        @"(?:\s+(?:for you|articles?|stories|story|posts?|news|content|coverage|reading|links?|topics?|videos?|read|viewed|shared|commented|popular|headlines))*" +
        @"(?:\s+(?:from|on|in|about)\s+.{1,40})?\s*:?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"^(?:back|return|go|scroll|jump)\s+to\s+(?:the\s+)?top\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackToTop();

    [GeneratedRegex(@"^subscribe\b|\b(?:subscribe|sign up|signup|register|get)\b.*\b(?:our|your|you|free|now|here)\b.*\b(?:newsletters?|inbox|updates|alerts|email|briefing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubscribePrompt();

    [GeneratedRegex(@"^(?:tags?|topics?|filed under|categories|keywords)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex TagsLine();

    [GeneratedRegex(@"^share(?:\s+(?:this|on|via|the|article|story|post|page|with)\b|\s*:|$)|^(?:follow|like|join|connect with)\s+(?:us\b|@|\p{Lu}\S*\s+on\b)|^(?:tweet|email|e-mail|print|whatsapp)(?:\s+(?:this|article|story|page|link))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SharePrompt();

    [GeneratedRegex(@"^(?:(?:facebook|twitter|x|whatsapp|linkedin|telegram|instagram|youtube|reddit|pinterest|email|print|copy link)[\s,|•·/]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex SocialOnly();

    [GeneratedRegex(@"^(?:advertisement|advertising|sponsored(?: content)?|promoted|ads?|story continues below(?: this)?(?: advertisement| ad)?|continue reading(?: below| the main story)?|scroll (?:down )?to continue(?: with content)?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex AdSlug();

    [GeneratedRegex(@"^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|post a comment|add a comment|view comments|show comments|join the conversation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsPrompt();

    [GeneratedRegex(@"^(?:skip to (?:main )?content|skip to navigation|home|menu|search|sign in|log in|login|register|close|accept(?: all)?(?: cookies)?|reject all|got it|ok|loading\.*|click here\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteChrome();

    [GeneratedRegex(@"^(?:read|see|watch|listen)\s+(?:more|also|next|the full story|full story)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMore();
}
