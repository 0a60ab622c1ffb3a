namespace Bot.Core.Ingestion;

/// <summary>What a load did with every file: ingested (new or updated), merged as a duplicate, repaired or skipped.</summary>
public sealed class IngestionReport
{
    private readonly List<string> _ingested;
    private readonly List<MergedArticle> _merged;
    private readonly List<string> _updated = [];
    private readonly List<string> _unchanged = [];
    private readonly List<FileIssue> _skipped;

    /// <summary>Creates a report from the outcome of a load.</summary>
    public IngestionReport(
        IEnumerable<string> ingested,
        IEnumerable<MergedArticle> merged,
        IEnumerable<FileIssue> repaired,
        IEnumerable<FileIssue> skipped)
    {
        _ingested = [.. ingested];
        _merged = [.. merged];
        Repaired = [.. repaired];
        _skipped = [.. skipped];
    }

    /// <summary>Ids of the articles kept.</summary>
    public IReadOnlyList<string> Ingested => _ingested;

    /// <summary>Ids of kept articles that replaced an indexed article with the same id and different text (a subset of <see cref="Ingested"/>).</summary>
    public IReadOnlyList<string> Updated => _updated;

    /// <summary>Ids of kept articles that were already indexed with the same text (a subset of <see cref="Ingested"/>).</summary>
    public IReadOnlyList<string> Unchanged => _unchanged;

    /// <summary>Articles dropped as duplicates of kept ones.</summary>
    public IReadOnlyList<MergedArticle> Merged => _merged;

    /// <summary>Files read with a repair (they are still ingested unless also skipped).</summary>
    public IReadOnlyList<FileIssue> Repaired { get; }

    /// <summary>Files that produced no article, with the reason.</summary>
    public IReadOnlyList<FileIssue> Skipped => _skipped;

    /// <summary>True when every file was ingested as it was.</summary>
    public bool IsClean => Merged.Count == 0 && Repaired.Count == 0 && Skipped.Count == 0;

    /// <summary>
    /// Records merges found later (for example against articles already in the index); a merged article no
    /// longer counts as ingested.
    /// </summary>
    public void AddMerges(IEnumerable<MergedArticle> merges)
    {
        ArgumentNullException.ThrowIfNull(merges);
        foreach (var merge in merges.Where(m => !_merged.Contains(m)))
        {
            _merged.Add(merge);
            _ingested.Remove(merge.DuplicateId);
            _updated.Remove(merge.DuplicateId);
            _unchanged.Remove(merge.DuplicateId);
        }
    }

    /// <summary>Records that an article read was held back (it was taken down with <c>bot remove</c>); it no longer counts as ingested.</summary>
    public void Withhold(string id, FileIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        _ingested.Remove(id);
        _skipped.Add(issue);
    }

    /// <summary>
    /// Records which ingested articles replaced indexed ones with the same id, so a replacement is reported as an
    /// update rather than passing unnoticed.
    /// </summary>
    public void MarkUpdated(IEnumerable<string> ids) => Mark(_updated, ids);

    /// <summary>Records which ingested articles were already indexed with the same text.</summary>
    public void MarkUnchanged(IEnumerable<string> ids) => Mark(_unchanged, ids);

    /// <summary>
    /// A headline such as "Ingested 5 articles (1 updated); merged 1 duplicate; repaired 1; skipped 2:" followed by
    /// one indented line per update, merge, repair and skip, each naming the article or file and the reason.
    /// </summary>
    public IReadOnlyList<string> SummaryLines()
    {
        var lines = new List<string> { Headline() };
        lines.AddRange(Updated.Select(id => $"  updated {id}: its old passages were replaced"));
        lines.AddRange(Merged.Select(m => "  " + m.Describe()));
        lines.AddRange(Repaired.Select(r => $"  repaired {r.File}: {r.Reason}"));
        lines.AddRange(Skipped.Select(s => $"  skipped {s.File}: {s.Reason}"));
        return lines;
    }

    private string Headline()
    {
        var parts = new List<string> { $"Ingested {Count(Ingested.Count, "article")}{Replacements()}" };
        if (Merged.Count > 0)
        {
            parts.Add($"merged {Count(Merged.Count, "duplicate")}");
        }

        if (Repaired.Count > 0)
        {
            parts.Add($"repaired {Repaired.Count}");
        }

        if (Skipped.Count > 0)
        {
            parts.Add($"skipped {Skipped.Count}");
        }

        return string.Join("; ", parts) + (IsClean && Updated.Count == 0 ? "." : ":");
    }

    private string Replacements()
    {
        var parts = new List<string>();
        if (Updated.Count > 0)
        {
            parts.Add($"{Updated.Count} updated");
        }

        if (Unchanged.Count > 0)
        {
            parts.Add($"{Unchanged.Count} unchanged");
        }

        return parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
    }

    private void Mark(List<string> list, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        list.AddRange(ids.Where(id => _ingested.Contains(id) && !list.Contains(id)));
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
