namespace Bot.Web.Inbox;

/// <summary>
/// Lets through only entries whose size and last-write time have not changed for the configured interval. A file
/// renamed into the inbox and then written further keeps its old time stamp, so the age of the file says nothing;
/// only watching it across scans does.
/// </summary>
internal sealed class StableFiles(TimeProvider clock, TimeSpan interval)
{
    private readonly Dictionary<string, (long Length, DateTime Written, DateTimeOffset Since)> _seen = new(StringComparer.Ordinal);

    /// <summary>True while some entry seen in the last call is still waiting to become stable.</summary>
    public bool AnyWaiting { get; private set; }

    /// <summary>The entries of <paramref name="entries"/> that are stable; the rest are remembered for the next call.</summary>
    public List<InboxEntry> Stable(IReadOnlyList<InboxEntry> entries)
    {
        var now = clock.GetUtcNow();
        var stable = new List<InboxEntry>();
        foreach (var entry in entries)
        {
            if (!_seen.TryGetValue(entry.Path, out var seen) || seen.Length != entry.Length || seen.Written != entry.Written)
            {
                seen = (entry.Length, entry.Written, now);
                _seen[entry.Path] = seen;
            }

            if (now - seen.Since >= interval)
            {
                stable.Add(entry);
            }
        }

        var present = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _seen.Keys.Where(p => !present.Contains(p)).ToList())
        {
            _seen.Remove(gone);
        }

        AnyWaiting = stable.Count < entries.Count;
        return stable;
    }

    /// <summary>Forgets <paramref name="path"/>, so a file that comes back under the same name is watched afresh.</summary>
    public void Forget(string path) => _seen.Remove(path);
}
