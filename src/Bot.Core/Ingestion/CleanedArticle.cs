namespace Bot.Core.Ingestion;

/// <summary>The result of news cleaning: readable body text plus the metadata found along the way.</summary>
/// <param name="Title">The headline, or a short lead from the first sentence when there is none.</param>
/// <param name="Outlet">The outlet named by the text or the page, or null.</param>
/// <param name="Published">The publication date named by the text or the page, or null.</param>
/// <param name="Dateline">The opening dateline place (for example "ISLAMABAD"), or null.</param>
/// <param name="Body">The cleaned text, paragraphs separated by a blank line.</param>
public sealed record CleanedArticle(string Title, string? Outlet, DateOnly? Published, string? Dateline, string Body);
