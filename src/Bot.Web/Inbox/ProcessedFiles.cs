using System.Collections.Concurrent;

namespace Bot.Web.Inbox;

/// <summary>
/// Remembers the files recently moved to <c>processed/</c> with their size and time, so that one which changes after it
/// was indexed (its writer had paused longer than the stable interval, then went on writing to the moved file) is
/// indexed again rather than left half indexed.
/// </summary>
public sealed class ProcessedFiles(TimeProvider clock)
{
    // A paused writer resumes within minutes or not at all; the cap bounds memory under a flood of files.
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private const int MaxFiles = 10_000;

    private readonly ConcurrentDictionary<string, (string Id, long Length, DateTime Written, DateTimeOffset Settled)> _files = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="path"/> (in processed/) as indexed in its current state.</summary>
    public void Indexed(string path, string id)
    {
        var file = new FileInfo(path);
        _files[path] = (id, file.Length, file.LastWriteTimeUtc, clock.GetUtcNow());
        if (_files.Count > MaxFiles)
        {
            foreach (var oldest in _files.OrderBy(f => f.Value.Settled).Take(_files.Count - MaxFiles).ToList())
            {
                _files.TryRemove(oldest.Key, out _);
            }
        }
    }

    /// <summary>Recently processed files that changed since they were indexed.</summary>
    public List<InboxEntry> Changed()
    {
        var changed = new List<InboxEntry>();
        var now = clock.GetUtcNow();
        foreach (var (path, known) in _files)
        {
            var file = new FileInfo(path);
            if (now - known.Settled > Window || !file.Exists)
            {
                _files.TryRemove(path, out _);
            }
            else if (file.Length != known.Length || file.LastWriteTimeUtc != known.Written)
            {
                changed.Add(new InboxEntry(path, known.Id, file.Length, file.LastWriteTimeUtc, file.Length == 0 ? InboxScanner.EmptyRefusal : null, ChangedAfterIndexing: true));
            }
        }

        return changed;
    }
}
