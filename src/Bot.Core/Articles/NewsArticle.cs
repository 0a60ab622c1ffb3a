namespace Bot.Core.Articles;

/// <summary>A cleaned news article: the unit that is chunked, cited and shown.</summary>
/// <param name="Id">The file's path relative to the ingested folder, with '/' between folders (for example <c>tech/042.txt</c>, or <c>003_b40e633152d6b01e.txt</c> at the top); it appears in citations. See <see cref="ArticleIds"/>.</param>
/// <param name="Title">The headline when the text has one, otherwise a short lead taken from the first sentence.</param>
/// <param name="Outlet">The publishing outlet when the text states it (for example "Dawn").</param>
/// <param name="Published">The publication date when the text states it.</param>
/// <param name="Dateline">The dateline (for example "ISLAMABAD") when the text opens with one.</param>
/// <param name="Body">The cleaned article text, paragraphs separated by a blank line; citation offsets point into it.</param>
/// <param name="SourcePath">The file the article was read from.</param>
public sealed record NewsArticle(
    string Id,
    string Title,
    string? Outlet,
    DateOnly? Published,
    string? Dateline,
    string Body,
    string SourcePath);
