using System.ComponentModel.DataAnnotations;

namespace Bot.Web.Inbox;

/// <summary>Adding articles to the running bot (section <c>Bot:Inbox</c>): a watched folder and an upload endpoint.</summary>
public sealed class InboxOptions
{
    public const string SectionName = "Bot:Inbox";

    /// <summary>
    /// Files (or folders of files) dropped here are ingested and moved to <c>processed/</c> (or <c>rejected/</c> with the
    /// reason beside them). A file's article id is its path in this folder (<c>x/001.txt</c>); an id already indexed is updated.
    /// </summary>
    [Required]
    public string Folder { get; set; } = "data/inbox";

    public bool Watch { get; set; } = true;

    /// <summary>How often the folder is also scanned, because file-system events can be missed (network shares, bursts).</summary>
    [Range(1, 3600)]
    public int ScanSeconds { get; set; } = 2;

    /// <summary>The key <c>POST /api/articles</c> requires (header <c>X-Api-Key</c>). Empty: uploads are refused; the folder still works.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Largest upload accepted, in bytes.</summary>
    [Range(1, 100_000_000)]
    public int MaxUploadBytes { get; set; } = 2_000_000;

    /// <summary>The folder as an absolute path (relative to the working directory, like the index file).</summary>
    public string FolderPath => Path.GetFullPath(Folder);
}
