namespace Bot.Core.Ingestion;

/// <summary>
/// Turns extracted blocks into a clean news article: drops page furniture, section labels and teaser sidebars,
/// takes the headline, outlet, date and dateline, and joins the remaining paragraphs with blank lines.
/// </summary>
/// <remarks>
/// Rules work on the shape of a block (length, punctuation, position) plus short keyword patterns, never on
/// exact sentences from one site, so the same cleaning applies to any outlet. Body text is otherwise kept
/// verbatim, curly quotes included, because answers quote it and citation offsets point into it.
/// </remarks>
public static class NewsCleaner
{
    /// <summary>The paragraph separator used in <see cref="CleanedArticle.Body"/>.</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>Cleans the document; returns null when no article text is left.</summary>
    public static CleanedArticle? Clean(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Blocks.Select(TextNormalizer.CleanInline).Where(b => b.Length > 0).ToList();
        var knownHeadline = CleanOptional(document.Headline);
        var facts = new ArticleFacts(CleanOptional(document.Outlet), document.Published);

        ArticleTail.CutAtEndMarkers(blocks, facts);
        blocks.RemoveAll(Furniture.IsFurniture);
        var headline = ArticleHead.Take(blocks, knownHeadline, facts);
        ArticleTail.TrimTeasers(blocks, facts);
        if (blocks.Count == 0)
        {
            return null;
        }

        var dateline = Dateline.Find(blocks);
        var title = headline ?? LeadTitle.From(blocks[0], Dateline.TryParse(blocks[0]));
        var body = string.Join(ParagraphSeparator, blocks);

        // A wire story's dateline is its date and its agency when no by-line or page metadata gave them.
        return new CleanedArticle(title, facts.Outlet ?? dateline?.Agency, facts.Published ?? dateline?.Date, dateline?.Place, body);
    }

    private static string? CleanOptional(string? text) =>
        text is null ? null : TextNormalizer.CleanInline(text) is { Length: > 0 } clean ? clean : null;
}
