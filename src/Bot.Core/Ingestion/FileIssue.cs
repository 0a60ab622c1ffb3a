namespace Bot.Core.Ingestion;

/// <summary>A file that was skipped or repaired during ingestion, and why.</summary>
/// <param name="File">The file, as it was found (the path given or found in a folder).</param>
/// <param name="Reason">What happened, in words a user can act on.</param>
public sealed record FileIssue(string File, string Reason);
