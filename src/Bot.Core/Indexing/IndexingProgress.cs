namespace Bot.Core.Indexing;

/// <summary>How many of the articles have been embedded so far.</summary>
public readonly record struct IndexingProgress(int Done, int Total);
