using System.Text.Json.Serialization;
using Bot.Core.Articles;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>One article as a document of the articles index, keyed by its id (base64url, as passages are).</summary>
public sealed class ArticleDocument
{
    /// <summary>The fields that describe an article without its body.</summary>
    public static readonly string[] Metadata = ["id", "articleId", "title", "outlet", "published"];

    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("articleId")] public required string ArticleId { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("outlet")] public string? Outlet { get; init; }
    [JsonPropertyName("published")] public DateTimeOffset? Published { get; init; }
    [JsonPropertyName("dateline")] public string? Dateline { get; init; }
    [JsonPropertyName("body")] public string? Body { get; init; }
    [JsonPropertyName("sourcePath")] public string? SourcePath { get; init; }

    public static ArticleDocument From(NewsArticle article) => new()
    {
        Id = PassageDocument.KeyOf(article.Id),
        ArticleId = article.Id,
        Title = article.Title,
        Outlet = article.Outlet,
        Published = ToOffset(article.Published),
        Dateline = article.Dateline,
        Body = article.Body,
        SourcePath = article.SourcePath,
    };

    public NewsArticle ToArticle() => new(ArticleId, Title, Outlet, ToDate(Published), Dateline, Body ?? string.Empty, SourcePath ?? string.Empty);

    /// <summary>A publication date as the service stores dates (midnight UTC).</summary>
    public static DateTimeOffset? ToOffset(DateOnly? date) => date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The date part of a stored date.</summary>
    public static DateOnly? ToDate(DateTimeOffset? at) => at is { } a ? DateOnly.FromDateTime(a.UtcDateTime) : null;
}
