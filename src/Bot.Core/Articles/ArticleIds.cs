namespace Bot.Core.Articles;

/// <summary>
/// Article ids are paths relative to the folder that was ingested (<c>tech/042.txt</c>), written with '/' on every OS,
/// so a topic archive whose folders reuse file names keeps every article, and an id means the same file everywhere.
/// </summary>
public static class ArticleIds
{
    /// <summary>The id of <paramref name="file"/> found under <paramref name="root"/>, for example <c>tech/042.txt</c>.</summary>
    public static string Relative(string root, string file)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(file);
        return Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// An id as a person may have typed it (<c>.\tech\042.txt</c>) in the form the index uses (<c>tech/042.txt</c>),
    /// so question files written on Windows match too.
    /// </summary>
    public static string Normalize(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var slashed = id.Trim().Replace('\\', '/');
        return slashed.StartsWith("./", StringComparison.Ordinal) ? slashed[2..] : slashed;
    }

    /// <summary>The top-level folder of an id ("tech" for "tech/042.txt"); null for a file at the root.</summary>
    public static string? Folder(string id) => id.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? id[..slash] : null;

    /// <summary>True when <paramref name="id"/> sits in the top-level folder <paramref name="folder"/> (any case): "tech/042.txt" is in "Tech".</summary>
    public static bool InFolder(string id, string folder) => string.Equals(Folder(id), folder, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when two ids name the same article; ids compare without regard to case, as file names do on Windows.</summary>
    public static bool Same(string left, string right) =>
        string.Equals(Normalize(left), Normalize(right), StringComparison.OrdinalIgnoreCase);
}
