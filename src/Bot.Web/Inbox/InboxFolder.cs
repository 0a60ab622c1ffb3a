using Bot.Core;
using Bot.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace Bot.Web.Inbox;

/// <summary>
/// The inbox on disk: new files at the top or in subfolders, <c>processed/</c> for ingested ones (one current file per
/// article id, read again if the index must be rebuilt), <c>rejected/</c> for the rest with a <c>.reason.txt</c> beside
/// each, both keeping the subfolders. Nothing is deleted, so bad input loses nothing and says how to fix it.
/// </summary>
public sealed class InboxFolder(IOptions<InboxOptions> options, ProcessedFiles processed, TimeProvider clock)
{
    public string Root => options.Value.FolderPath;

    public string Processed => options.Value.ProcessedPath;

    public string Rejected => Path.Combine(Root, "rejected");

    /// <summary>Older versions of processed files, hidden from rebuilds (dot-folder) but kept.</summary>
    private string Replaced => Path.Combine(Processed, ".replaced");

    public void Create()
    {
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Rejected);
    }

    /// <summary>Files and folders waiting in the inbox (see <see cref="InboxScanner"/>), and processed files that changed since.</summary>
    public List<InboxEntry> Entries() => [.. InboxScanner.Entries(Root), .. processed.Changed()];

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
                Reject(file, reason);
            }
            else
            {
                processed.Indexed(IsProcessed(file.Path) ? file.Path : MoveToProcessed(file), file.Id);
            }

            RemoveEmptyFolders(file);
        }
    }

    /// <summary>Rejects every one of <paramref name="files"/> with the same reason (the batch failed as a whole).</summary>
    public void RejectAll(IReadOnlyList<SourceFile> files, string reason) =>
        Settle(files, [.. files.Select(f => new RejectedFile(f.Id, reason))]);

    /// <summary>Moves a refused entry (a link, a pipe) to rejected/ without opening it, with the reason beside it.</summary>
    public void Refuse(InboxEntry entry)
    {
        Create();
        Reject(new SourceFile(entry.Path, entry.Id), entry.Refusal!);
    }

    /// <summary>
    /// Moves uploaded files from their staging folder into the inbox itself (under their ids), so that one indexed but not
    /// yet saved is ingested again after a restart; returns where each went.
    /// </summary>
    public List<SourceFile> Park(IEnumerable<SourceFile> files) =>
        [.. files.Where(f => File.Exists(f.Path)).Select(f => IsStaged(f.Path) ? new SourceFile(Move(f.Path, Unique(Root, f.Id)), f.Id) : f)];

    private bool IsProcessed(string path) => path.StartsWith(Processed + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private bool IsStaged(string path) => path.StartsWith(Path.Combine(Root, ".uploads") + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private void Reject(SourceFile file, string reason)
    {
        var target = Move(file.Path, Unique(Rejected, file.Id));
        File.WriteAllText(target + ".reason.txt", reason + Environment.NewLine);
    }

    // processed/ holds the current version of each article, so a rebuild reads exactly what was indexed; the version
    // it replaces is kept under .replaced/ with a time stamp.
    private string MoveToProcessed(SourceFile file)
    {
        var target = Path.Combine(Processed, file.Id);
        if (File.Exists(target))
        {
            Move(target, Unique(Replaced, file.Id, always: true));
        }

        return Move(file.Path, target);
    }

    // Renames the entry itself (a link stays a link, a pipe is never opened).
    private static string Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }

        return to;
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
    private string Unique(string folder, string id, bool always = false)
    {
        var target = Path.Combine(folder, id);
        return always || File.Exists(target) || Directory.Exists(target)
            ? Path.Combine(Path.GetDirectoryName(target)!, $"{Path.GetFileNameWithoutExtension(target)}.{clock.GetUtcNow():yyyyMMddHHmmssfff}{Path.GetExtension(target)}")
            : target;
    }
}
