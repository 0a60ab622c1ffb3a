using Bot.Core.Articles;
using Bot.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace Bot.Web.Inbox;

/// <summary>
/// The inbox on disk: new files at the top or in subfolders, <c>processed/</c> for ingested ones, <c>rejected/</c> for the
/// rest with a <c>.reason.txt</c> beside each, both keeping the subfolders. Nothing is deleted, so bad input loses nothing
/// and says how to fix it.
/// </summary>
public sealed class InboxFolder(IOptions<InboxOptions> options, TimeProvider clock)
{
    /// <summary>Files still being written are left for the next scan; uploads are staged under a dot-folder.</summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(1);

    public string Root => options.Value.FolderPath;

    public string Processed => Path.Combine(Root, "processed");

    public string Rejected => Path.Combine(Root, "rejected");

    public void Create()
    {
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Rejected);
    }

    /// <summary>
    /// Files no longer being written (not hidden, not partial downloads), each named by its path relative to the
    /// inbox: <c>inbox/x/001.txt</c> is the article <c>x/001.txt</c>, and a top-level file keeps its name, so a file
    /// named like an indexed article updates that article.
    /// </summary>
    public IReadOnlyList<SourceFile> ReadyFiles()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return [.. Candidates(new DirectoryInfo(Root), top: true)
            .Where(f => now - f.LastWriteTimeUtc >= Settled)
            .Select(f => new SourceFile(f.FullName, ArticleIds.Relative(Root, f.FullName)))
            .OrderBy(f => f.Id, StringComparer.Ordinal)];
    }

    /// <summary>A fresh folder for one upload, hidden from the watcher.</summary>
    public string NewStagingFolder()
    {
        var folder = Path.Combine(Root, ".uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Moves each file to processed/ or, when the result rejected it, to rejected/ with its reason, keeping its subfolder.</summary>
    public void Settle(IEnumerable<SourceFile> files, IReadOnlyList<RejectedFile> rejected)
    {
        Create();
        var reasons = rejected.ToDictionary(r => r.File, r => r.Reason, StringComparer.Ordinal);
        foreach (var file in files.Where(f => File.Exists(f.Path)))
        {
            if (reasons.TryGetValue(file.Id, out var reason))
            {
                var target = MoveTo(Rejected, file);
                File.WriteAllText(target + ".reason.txt", reason + Environment.NewLine);
            }
            else
            {
                MoveTo(Processed, file);
            }

            RemoveEmptyFolders(file);
        }
    }

    /// <summary>Rejects every one of <paramref name="files"/> with the same reason (the batch failed as a whole).</summary>
    public void RejectAll(IReadOnlyList<SourceFile> files, string reason) =>
        Settle(files, [.. files.Select(f => new RejectedFile(f.Id, reason))]);

    // processed/ and rejected/ hold settled files and dot-folders hold uploads being staged: none of them is new input.
    private static IEnumerable<FileInfo> Candidates(DirectoryInfo folder, bool top)
    {
        var files = folder.EnumerateFiles()
            .Where(f => !f.Name.StartsWith('.') && f.Extension is not (".tmp" or ".part" or ".crdownload"));
        var subfolders = folder.EnumerateDirectories()
            .Where(d => !d.Name.StartsWith('.') && !(top && d.Name is ("processed" or "rejected")));
        return files.Concat(subfolders.SelectMany(d => Candidates(d, top: false)));
    }

    private string MoveTo(string folder, SourceFile file)
    {
        var target = Unique(folder, file.Id);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(file.Path, target);
        return target;
    }

    // A dropped folder is settled file by file; once its last file has moved, the empty folders would only clutter the
    // inbox. Only the folders inside the id are candidates, so the inbox itself and upload staging folders stay.
    private static void RemoveEmptyFolders(SourceFile file)
    {
        var folder = Path.GetDirectoryName(file.Path);
        try
        {
            for (var depth = file.Id.Count(c => c == '/'); depth > 0 && folder is not null && !Directory.EnumerateFileSystemEntries(folder).Any(); depth--)
            {
                Directory.Delete(folder);
                folder = Path.GetDirectoryName(folder);
            }
        }
        catch (IOException)
        {
            // A new file arrived in the folder meanwhile: it stays for the next scan.
        }
    }

    // A second "report.txt" must not overwrite the first: both are kept, the later one with a time stamp.
    private string Unique(string folder, string id)
    {
        var target = Path.Combine(folder, id);
        return File.Exists(target)
            ? Path.Combine(Path.GetDirectoryName(target)!, $"{Path.GetFileNameWithoutExtension(target)}.{clock.GetUtcNow():yyyyMMddHHmmssfff}{Path.GetExtension(target)}")
            : target;
    }
}
