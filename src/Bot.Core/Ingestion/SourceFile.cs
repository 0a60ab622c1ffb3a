namespace Bot.Core.Ingestion;

/// <summary>A file to ingest and the article id it will have.</summary>
/// <param name="Path">Where the file is on disk.</param>
/// <param name="Id">The article id: the path relative to the ingested folder (<c>tech/042.txt</c>), or the file name for a file given directly.</param>
public sealed record SourceFile(string Path, string Id);
