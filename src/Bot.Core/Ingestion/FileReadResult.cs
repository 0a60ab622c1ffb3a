namespace Bot.Core.Ingestion;

/// <summary>The outcome of reading one file: its text, or the reason it was skipped, plus any repair made.</summary>
/// <param name="Path">The file that was read, as it was named to the reader.</param>
/// <param name="Text">The decoded text, or null when the file was skipped.</param>
/// <param name="Repair">What was repaired while reading (for example a Latin-1 fallback), or null.</param>
/// <param name="SkipReason">Why the file was skipped, or null when it was read.</param>
public sealed record FileReadResult(string Path, string? Text, string? Repair, string? SkipReason)
{
    /// <summary>True when the file produced text.</summary>
    public bool IsRead => Text is not null;

    /// <summary>A result for a file whose text was read, with an optional repair note.</summary>
    public static FileReadResult Read(string path, string text, string? repair = null) => new(path, text, repair, null);

    /// <summary>A result for a file that was not read, with the reason.</summary>
    public static FileReadResult Skipped(string path, string reason) => new(path, null, null, reason);
}
