namespace Bot.Core.Ingestion;

/// <summary>Expands the paths a user gave into a sorted, de-duplicated list of files.</summary>
internal static class SourceFiles
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>
    /// Files named directly come in the order given; folders are walked recursively in ordinal path order so
    /// every run sees the same order (which decides which duplicate is kept). Paths that do not exist are
    /// reported as skipped.
    /// </summary>
    public static List<string> Expand(IEnumerable<string> paths, List<FileIssue> skipped)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                AddRange(files, seen, FilesUnder(path));
            }
            else if (File.Exists(path))
            {
                AddRange(files, seen, [path]);
            }
            else
            {
                skipped.Add(new FileIssue(path, "not found"));
            }
        }

        return files;
    }

    // Dot-files (.gitkeep, .DS_Store) are tool metadata, never articles, so folders skip them silently.
    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", Recursive)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    private static void AddRange(List<string> files, HashSet<string> seen, IEnumerable<string> candidates)
    {
        files.AddRange(candidates.Where(f => seen.Add(Path.GetFullPath(f))));
    }
}
