namespace Bot.Core.Ingestion;

/// <summary>Progress through the files of one load.</summary>
/// <param name="Done">Files finished so far.</param>
/// <param name="Total">Files to process in all.</param>
/// <param name="CurrentFile">The file just finished.</param>
public sealed record IngestionProgress(int Done, int Total, string CurrentFile);
