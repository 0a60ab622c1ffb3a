namespace Bot.Core.Ingestion;

/// <summary>
/// Cleans the end of an article. Outlets close a story with an attribution line ("Published in Dawn, …")
/// or a "Related Articles" list, and scrapers then pick up sidebars of other stories' teasers; none of that
/// belongs to the article, so everything after such a marker goes, and a trailing run of teaser-shaped
/// blocks goes even when no marker precedes it.
/// </summary>
internal static class ArticleTail
{
    private const int MaxTeaserSnippetWords = 40;

    /// <summary>Cuts the blocks at the first end-of-article marker after the first paragraph of prose.</summary>
    public static void CutAtEndMarkers(List<string> blocks, ArticleFacts facts)
    {
        var firstProse = blocks.FindIndex(BlockShapes.IsSubstantive);
        if (firstProse < 0)
        {
            return;
        }

        for (var i = firstProse + 1; i < blocks.Count; i++)
        {
            if (Attribution.TryParse(blocks[i]) is { EndsArticle: true } attribution)
            {
                facts.Apply(attribution);
                blocks.RemoveRange(i, blocks.Count - i);
                return;
            }

            if (Furniture.IsEndLink(blocks[i]))
            {
                blocks.RemoveRange(i, blocks.Count - i);
                return;
            }

            if (Furniture.IsListHeading(blocks[i]))
            {
                RemoveLinkList(blocks, i--);
            }
        }
    }

    /// <summary>Removes trailing blocks shaped like furniture or a teaser list (titles, dates, "…" snippets).</summary>
    public static void TrimTeasers(List<string> blocks, ArticleFacts facts)
    {
        var teasers = 0;
        while (blocks.Count > 1)
        {
            var last = blocks.Count - 1;
            if (IsIntroducedList(blocks, last))
            {
                return;
            }

            if (IsTeaserShaped(blocks, last) || Furniture.IsFurniture(blocks[last]) || Furniture.IsConsentNotice(blocks[last]))
            {
                teasers++;
                KeepOutlet(blocks[last], facts);
            }
            else if (teasers < 2 || !IsTeaserSentence(blocks, last))
            {
                return;
            }

            blocks.RemoveAt(last);
        }
    }

    // A closing "By Ahmed Khan | Business Recorder" names the outlet; a date in a trailing teaser list is another story's.
    private static void KeepOutlet(string block, ArticleFacts facts)
    {
        if (Attribution.TryParse(block) is { Outlet: not null, Date: null } byline)
        {
            facts.Apply(byline);
        }
    }

    // A related-links list is its heading plus the link titles under it, which are never full paragraphs.
    private static void RemoveLinkList(List<string> blocks, int heading)
    {
        blocks.RemoveAt(heading);
        while (heading < blocks.Count && !BlockShapes.IsSubstantive(blocks[heading]))
        {
            blocks.RemoveAt(heading);
        }
    }

    // Short lines after "The recommendations include:" are the article's own list, not teasers.
    private static bool IsIntroducedList(List<string> blocks, int index)
    {
        var start = index;
        while (start > 0 && IsListLine(blocks[start]))
        {
            start--;
        }

        return start < index && EndsWithColon(blocks[start]);
    }

    private static bool IsListLine(string block) =>
        BlockShapes.IsShortLine(block) && !EndsWithColon(block) && !Furniture.IsFurniture(block);

    private static bool EndsWithColon(string block) => block.TrimEnd().EndsWith(':');

    private static bool IsTeaserShaped(List<string> blocks, int index)
    {
        var block = blocks[index];
        return BlockShapes.IsShortLine(block)
            || NewsDates.IsDateOnlyLine(block)
            || (BlockShapes.EndsWithEllipsis(block) && BlockShapes.WordCount(block) <= MaxTeaserSnippetWords)
            || IsRepeated(blocks, index);
    }

    // A teaser's standfirst is a full sentence, but it sits under a title line next to a date or a repeated title.
    private static bool IsTeaserSentence(List<string> blocks, int index)
    {
        if (index < 2 || !(BlockShapes.IsShortLine(blocks[index - 1]) || NewsDates.IsDateOnlyLine(blocks[index - 1])))
        {
            return false;
        }

        var from = Math.Max(0, index - 3);
        return Enumerable.Range(from, index - from)
            .Any(i => NewsDates.IsDateOnlyLine(blocks[i]) || IsRepeated(blocks, i));
    }

    private static bool IsRepeated(List<string> blocks, int index) =>
        blocks.Where((b, i) => i != index && string.Equals(b, blocks[index], StringComparison.Ordinal)).Any();
}
