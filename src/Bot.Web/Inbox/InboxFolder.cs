using Microsoft.Extensions.Options;

namespace Bot.Web.Inbox;

/// <summary>
/// The inbox on disk: new files at the top, <c>processed/</c> for ingested ones, <c>rejected/</c> for the rest with a
/// <c>.reason.txt</c> beside each. Nothing is deleted, so bad input loses nothing and says how to fix it.
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

    /// <summary>Top-level files no longer being written (not hidden, not partial downloads).</summary>
    public IReadOnlyList<string> ReadyFiles()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return [.. new DirectoryInfo(Root).EnumerateFiles()
            .Where(f => !f.Name.StartsWith('.') && f.Extension is not (".tmp" or ".part" or ".crdownload"))
            .Where(f => now - f.LastWriteTimeUtc >= Settled)
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => f.FullName)];
    }

    /// <summary>A fresh folder for one upload, hidden from the watcher.</summary>
    public string NewStagingFolder()
    {
        var folder = Path.Combine(Root, ".uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Moves each file to processed/ or, when the result rejected it, to rejected/ with its reason.</summary>
    public void Settle(IEnumerable<string> files, IReadOnlyList<RejectedFile> rejected)
    {
        Create();
        var reasons = rejected.ToDictionary(r => r.File, r => r.Reason, StringComparer.Ordinal);
        foreach (var file in files.Where(File.Exists))
        {
            var name = Path.GetFileName(file);
            if (reasons.TryGetValue(name, out var reason))
            {
                var target = Unique(Rejected, name);
                File.Move(file, target);
                File.WriteAllText(target + ".reason.txt", reason + Environment.NewLine);
            }
            else
            {
                File.Move(file, Unique(Processed, name));
            }
        }
    }

    /// <summary>Rejects every one of <paramref name="files"/> with the same reason (the batch failed as a whole).</summary>
    public void RejectAll(IReadOnlyList<string> files, string reason) =>
        Settle(files, [.. files.Select(f => new RejectedFile(Path.GetFileName(f), reason))]);

    // A second "report.txt" must not overwrite the first: both are kept, the later one with a time stamp.
    private string Unique(string folder, string name)
    {
        var target = Path.Combine(folder, name);
        return File.Exists(target)
            ? Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.{clock.GetUtcNow():yyyyMMddHHmmssfff}{Path.GetExtension(name)}")
            : target;
    }
}
