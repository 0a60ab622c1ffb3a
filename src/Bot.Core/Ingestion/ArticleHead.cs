namespace Bot.Core.Ingestion;

/// <summary>
/// Cleans the top of an article: bylines and date lines, section labels left over from site menus,
/// and the headline, which becomes the title instead of staying in the body.
/// </summary>
internal static class ArticleHead
{
    private const int HeadlineSearchDepth = 4;

    /// <summary>Removes the head blocks and returns the headline, if one was found.</summary>
    public static string? Take(List<string> blocks, string? knownHeadline, ArticleFacts facts)
    {
        RemoveNotices(blocks);
        RemoveMetadata(blocks, facts);
        DropSectionLabels(blocks);
        var headline = knownHeadline is null ? TakeHeadlineLine(blocks) : TakeKnownHeadline(blocks, knownHeadline);
        RemoveMetadata(blocks, facts);
        return headline;
    }

    // Consent notices above the story go; below the first paragraph such text may be part of a story about tracking.
    private static void RemoveNotices(List<string> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (Furniture.IsConsentNotice(blocks[i]))
            {
                blocks.RemoveAt(i--);
            }
            else if (BlockShapes.IsSubstantive(blocks[i]))
            {
                return;
            }
        }
    }

    // Bylines and date lines sit above the first paragraph of prose; below it they would be quotations or lists.
    private static void RemoveMetadata(List<string> blocks, ArticleFacts facts)
    {
        for (var i = 0; i < blocks.Count && !BlockShapes.IsSubstantive(blocks[i]); i++)
        {
            if (Attribution.TryParse(blocks[i]) is { } attribution)
            {
                facts.Apply(attribution);
                blocks.RemoveAt(i--);
            }
        }
    }

    // "Asia PacificTerrorism" (menu links glued together) or "World" above the headline are labels, not text.
    private static void DropSectionLabels(List<string> blocks)
    {
        while (blocks.Count >= 2 && IsSectionLabel(blocks[0], blocks[1]))
        {
            blocks.RemoveAt(0);
        }
    }

    private static bool IsSectionLabel(string first, string next)
    {
        if (!BlockShapes.IsLabelShaped(first))
        {
            return false;
        }

        if (BlockShapes.HasGluedWords(first) && BlockShapes.WordCount(first) <= 3)
        {
            return true;
        }

        var nextIsTitle = !BlockShapes.IsSubstantive(next)
            && (BlockShapes.IsLabelShaped(next) || BlockShapes.IsHeadlineShaped(next));
        return nextIsTitle && BlockShapes.WordCount(next) >= BlockShapes.WordCount(first);
    }

    private static string? TakeHeadlineLine(List<string> blocks)
    {
        if (blocks.Count < 2 || !BlockShapes.IsHeadlineShaped(blocks[0]) || Dateline.TryParse(blocks[0]) is not null)
        {
            return null;
        }

        var headline = blocks[0];
        blocks.RemoveAt(0);
        return headline;
    }

    private static string TakeKnownHeadline(List<string> blocks, string headline)
    {
        var index = blocks.Take(HeadlineSearchDepth)
            .ToList()
            .FindIndex(b => string.Equals(b, headline, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return headline;
        }

        // Whatever sits above a marked headline (kickers, labels) goes with it, unless it is real prose.
        var removeFrom = blocks.Take(index).Any(BlockShapes.IsSubstantive) ? index : 0;
        blocks.RemoveRange(removeFrom, index - removeFrom + 1);
        return headline;
    }
}
