namespace Bot.Core.Articles;

/// <summary>One taken-down article: its id, when, and why (as given to <c>bot remove --reason</c>).</summary>
public sealed record ArticleRemoval(string Id, DateTimeOffset RemovedAt, string? Reason)
{
    /// <summary>"removed on 2026-11-01 (bot remove)", the words every skip and notice uses.</summary>
    public string Describe() => $"removed on {RemovedAt.UtcDateTime:yyyy-MM-dd} (bot remove)";
}
