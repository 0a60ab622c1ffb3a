namespace Bot.Core.Ingestion;

/// <summary>Text blocks taken from a file before news cleaning, with any metadata the format declared.</summary>
/// <param name="Blocks">Paragraph-sized blocks in reading order (headings, paragraphs, list items).</param>
/// <param name="Headline">A headline the format marks as such (an HTML h1, a Markdown "# Title"), or null.</param>
/// <param name="Outlet">An outlet the format declares (for example og:site_name), or null.</param>
/// <param name="Published">A publication date the format declares (for example article:published_time), or null.</param>
public sealed record ExtractedDocument(
    IReadOnlyList<string> Blocks,
    string? Headline = null,
    string? Outlet = null,
    DateOnly? Published = null);
