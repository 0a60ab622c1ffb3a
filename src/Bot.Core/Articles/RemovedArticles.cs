using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bot.Core.Articles;

/// <summary>
/// The articles a newsroom took down with <c>bot remove</c>: one small JSON file beside the index
/// (<see cref="PathsOptions.RemovalsPath"/>), rewritten atomically. It lives apart from the index so that a rebuild
/// (missing, stale or damaged index) still knows which seed and inbox files must stay out.
/// </summary>
/// <remarks>
/// The file is read again whenever it changes on disk, so a host that is running sees a removal made by the CLI
/// (source pages, "show source"). A list that cannot be read stops the caller rather than being taken as empty:
/// an unreadable list must never bring a legally removed article back.
/// </remarks>
public sealed class RemovedArticles(IOptions<PathsOptions> paths)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly Lock _gate = new();
    private (DateTime Written, long Length, Dictionary<string, ArticleRemoval> Entries)? _cache;

    /// <summary>The removal list's file (absolute).</summary>
    public string Location => paths.Value.RemovalsPath;

    /// <summary>Every removal, by normalized id (ids compare without regard to case).</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a removal list.</exception>
    public IReadOnlyDictionary<string, ArticleRemoval> All()
    {
        lock (_gate)
        {
            return new Dictionary<string, ArticleRemoval>(Read(), StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>The removal of <paramref name="articleId"/>, or null when it was not removed.</summary>
    public ArticleRemoval? Find(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        lock (_gate)
        {
            return Read().GetValueOrDefault(ArticleIds.Normalize(articleId));
        }
    }

    /// <summary>Records <paramref name="removals"/> (a repeated id keeps its latest removal) and writes the file.</summary>
    public void Add(IEnumerable<ArticleRemoval> removals)
    {
        ArgumentNullException.ThrowIfNull(removals);
        Change(entries =>
        {
            foreach (var removal in removals)
            {
                entries[ArticleIds.Normalize(removal.Id)] = removal with { Id = ArticleIds.Normalize(removal.Id) };
            }

            return true;
        });
    }

    /// <summary>Takes <paramref name="articleIds"/> off the list; returns the removals that were lifted.</summary>
    public IReadOnlyList<ArticleRemoval> Restore(IEnumerable<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var lifted = new List<ArticleRemoval>();
        Change(entries =>
        {
            foreach (var id in articleIds.Select(ArticleIds.Normalize))
            {
                if (entries.Remove(id, out var removal))
                {
                    lifted.Add(removal);
                }
            }

            return lifted.Count > 0;
        });
        return lifted;
    }

    // The change returns whether it changed anything, so a restore of an id never removed does not rewrite the file.
    private void Change(Func<Dictionary<string, ArticleRemoval>, bool> change)
    {
        lock (_gate)
        {
            var entries = new Dictionary<string, ArticleRemoval>(Read(), StringComparer.OrdinalIgnoreCase);
            if (change(entries))
            {
                Write(entries.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList());
            }
        }
    }

    private Dictionary<string, ArticleRemoval> Read()
    {
        var file = new FileInfo(Location);
        if (!file.Exists)
        {
            return new Dictionary<string, ArticleRemoval>(StringComparer.OrdinalIgnoreCase);
        }

        if (_cache is { } cached && cached.Written == file.LastWriteTimeUtc && cached.Length == file.Length)
        {
            return cached.Entries;
        }

        var entries = Parse(file.FullName).ToDictionary(r => ArticleIds.Normalize(r.Id), StringComparer.OrdinalIgnoreCase);
        _cache = (file.LastWriteTimeUtc, file.Length, entries);
        return entries;
    }

    private static List<ArticleRemoval> Parse(string path)
    {
        try
        {
            var removals = JsonSerializer.Deserialize<List<ArticleRemoval>>(File.ReadAllText(path), Json) ?? [];
            return removals.Exists(r => string.IsNullOrWhiteSpace(r.Id)) ? throw new JsonException("an entry has no id") : removals;
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"The removal list {path} cannot be read ({error.Message}); restore it from a backup or fix its JSON, so removed articles stay out.", error);
        }
    }

    // Temp file and rename: a crash leaves the old list or the new one, never half of one.
    private void Write(List<ArticleRemoval> removals)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Location)!);
        var temporary = Location + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(file, removals, Json);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, Location, overwrite: true);
        _cache = null;
    }
}
