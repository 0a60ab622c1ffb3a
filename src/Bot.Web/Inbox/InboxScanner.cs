using Bot.Core.Articles;

namespace Bot.Web.Inbox;

/// <summary>Lists what is in the inbox, refusing what must never be read: links and anything that is not a plain file.</summary>
/// <remarks>
/// A symbolic link would publish any file the host can read (<c>ln -s /etc/passwd inbox/</c>), so links, to files or
/// folders, are refused and never followed. Pipes, sockets and devices report a size of 0 and reading a pipe blocks
/// forever, so a zero-length entry is refused without being opened (an empty file has nothing to index anyway).
/// </remarks>
internal static class InboxScanner
{
    public const string LinkRefusal = "a symbolic link: the inbox takes only real files, so that it cannot publish files from elsewhere on the host. Copy the file into the inbox instead";

    public const string EmptyRefusal = "empty, or not a regular file (a pipe, socket or device): write the article's text into a plain file";

    private static readonly string[] PartialExtensions = [".tmp", ".part", ".crdownload"];

    /// <summary>
    /// Every entry under <paramref name="root"/> except settled ones (<c>processed/</c>, <c>rejected/</c>), hidden ones
    /// (upload staging is a dot-folder) and partial downloads.
    /// </summary>
    public static List<InboxEntry> Entries(string root)
    {
        var entries = new List<InboxEntry>();
        if (Directory.Exists(root))
        {
            Walk(new DirectoryInfo(root), root, top: true, entries);
        }

        return entries;
    }

    private static void Walk(DirectoryInfo folder, string root, bool top, List<InboxEntry> entries)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.') || (top && entry is DirectoryInfo && entry.Name is "processed" or "rejected"))
            {
                continue;
            }

            if (entry.LinkTarget is not null)
            {
                entries.Add(Entry(entry, root, 0, LinkRefusal));
            }
            else if (entry is DirectoryInfo subfolder)
            {
                Walk(subfolder, root, top: false, entries);
            }
            else if (entry is FileInfo file && !PartialExtensions.Contains(file.Extension, StringComparer.OrdinalIgnoreCase))
            {
                entries.Add(Entry(file, root, file.Length, file.Length == 0 ? EmptyRefusal : null));
            }
        }
    }

    private static InboxEntry Entry(FileSystemInfo entry, string root, long length, string? refusal) =>
        new(entry.FullName, ArticleIds.Relative(root, entry.FullName), length, entry.LastWriteTimeUtc, refusal);
}
