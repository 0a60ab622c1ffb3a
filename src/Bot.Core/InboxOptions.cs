using System.ComponentModel.DataAnnotations;

namespace Bot.Core;

/// <summary>Adding articles to the running bot (section <c>Bot:Inbox</c>): a watched folder and an upload endpoint.</summary>
/// <remarks>
/// Bound in Core, not only by the web host, because the inbox's <c>processed/</c> folder is a source of the index:
/// the CLI rebuilding a damaged index must read it too.
/// </remarks>
public sealed class InboxOptions
{
    public const string SectionName = "Bot:Inbox";

    /// <summary>
    /// Files (or folders of files) dropped here are ingested and moved to <c>processed/</c> (or <c>rejected/</c> with the
    /// reason beside them). A file's article id is its path in this folder (<c>x/001.txt</c>); an id already indexed is updated.
    /// A relative path resolves against <see cref="PathsOptions.DataFolder"/>, like the index.
    /// </summary>
    [Required]
    public string Folder { get; set; } = "inbox";

    public bool Watch { get; set; } = true;

    /// <summary>How often the folder is also scanned, because file-system events can be missed (network shares, bursts).</summary>
    [Range(1, 3600)]
    public int ScanSeconds { get; set; } = 2;

    /// <summary>
    /// A file is ingested only once its size and last-write time have not changed for this long, so a file still being
    /// written (renamed into the inbox and then paused, or copied slowly) is not indexed half written.
    /// </summary>
    [Range(0, 3600)]
    public double StableSeconds { get; set; } = 2;

    /// <summary>The key <c>POST /api/articles</c> requires (header <c>X-Api-Key</c>). Empty: uploads are refused; the folder still works.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Largest upload accepted, in bytes.</summary>
    [Range(1, 100_000_000)]
    public int MaxUploadBytes { get; set; } = 2_000_000;

    /// <summary>The folder as an absolute path.</summary>
    public string FolderPath => PathsOptions.ResolveData(Folder);

    /// <summary>Where ingested files are kept, by article id; read again when the index is rebuilt.</summary>
    public string ProcessedPath => Path.Combine(FolderPath, "processed");
}
