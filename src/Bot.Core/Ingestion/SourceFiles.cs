using Bot.Core.Articles;

namespace Bot.Core.Ingestion;

/// <summary>Expands the paths a user gave into a sorted, de-duplicated list of files, each with its article id.</summary>
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
    /// every run sees the same order (which decides which duplicate is kept). A file found in a folder is
    /// named by its path relative to that folder; a file named directly by its file name. Paths that do not
    /// exist are reported as skipped.
    /// </summary>
    public static List<SourceFile> Expand(IEnumerable<string> paths, List<FileIssue> skipped)
    {
        var files = new List<SourceFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                AddRange(files, seen, FilesUnder(path));
            }
            else if (File.Exists(path))
            {
                AddRange(files, seen, [new SourceFile(path, Path.GetFileName(path))]);
            }
            else
            {
                skipped.Add(new FileIssue(path, "not found"));
            }
        }

        return files;
    }

    // Dot-files (.gitkeep, .DS_Store) are tool metadata, never articles, so folders skip them silently.
    private static IEnumerable<SourceFile> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", Recursive)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceFile(f, ArticleIds.Relative(folder, f)));

    private static void AddRange(List<SourceFile> files, HashSet<string> seen, IEnumerable<SourceFile> candidates)
    {
        files.AddRange(candidates.Where(f => seen.Add(Path.GetFullPath(f.Path))));
    }
}
