using Bot.Core.Ingestion;

namespace Bot.Cli.Commands;

/// <summary>What to do about skipped files: one line per kind of problem, after the list that names each file.</summary>
internal static class IngestFixes
{
    private static readonly (string Reason, string Fix)[] Fixes =
    [
        ("not found", "Paths not found: check the spelling, or quote paths with spaces."),
        ("empty file", "Empty files: write the article text into them, or remove them."),
        ("binary file", "Binary files: save the article as .txt, .md or .html (UTF-8) and ingest it again."),
        ("no article text after cleaning", "Files with no article text after cleaning (only menus, footers or links): save the article's body itself."),
        ("same article id", "Same id twice: ingest the one folder that holds both files, so their ids are their different paths."),
        ("could not be read", "Unreadable files: check their permissions, or that no other program has them locked."),
    ];

    public static IEnumerable<string> For(IReadOnlyList<FileIssue> skipped) =>
        Fixes.Where(f => skipped.Any(s => s.Reason.StartsWith(f.Reason, StringComparison.Ordinal))).Select(f => f.Fix);
}
