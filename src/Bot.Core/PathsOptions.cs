using System.ComponentModel.DataAnnotations;

namespace Bot.Core;

/// <summary>Where the product finds its seed articles, prompts and saved index.</summary>
public sealed class PathsOptions
{
    public const string SectionName = "Bot:Paths";

    /// <summary>
    /// Where relative data paths (the index, the inbox) resolve: one per-user folder (<c>~/.local/share/news-bot</c> on
    /// Linux, <c>%LOCALAPPDATA%\news-bot</c> on Windows), so the CLI and the web host use the same index whatever folder
    /// they start from (<c>dotnet run</c> starts the web host in its project folder). Falls back to <c>./data</c>
    /// when the user has no such folder (no HOME).
    /// </summary>
    public static string DataFolder { get; } = DefaultDataFolder();

    /// <summary>The articles indexed when no saved index exists; relative paths resolve against the app folder.</summary>
    [Required]
    public string Seeds { get; set; } = "seeds";

    /// <summary>The saved index file; a relative path resolves against <see cref="DataFolder"/>.</summary>
    [Required]
    public string Index { get; set; } = "news.index";

    /// <summary>
    /// The list of articles taken down with <c>bot remove</c>, which rebuilds and the inbox skip. Empty: beside the
    /// index, named after it (<c>news.removed.json</c>); a relative path resolves against <see cref="DataFolder"/>.
    /// Several hosts sharing one search service should point this at one shared file.
    /// </summary>
    public string Removals { get; set; } = string.Empty;

    /// <summary>The seed folder as an absolute path.</summary>
    public string SeedsPath => Path.IsPathRooted(Seeds) ? Seeds : Path.Combine(AppContext.BaseDirectory, Seeds);

    /// <summary>The index file as an absolute path.</summary>
    public string IndexPath => ResolveData(Index);

    /// <summary>The removal list as an absolute path.</summary>
    public string RemovalsPath => string.IsNullOrWhiteSpace(Removals) ? Path.ChangeExtension(IndexPath, ".removed.json") : ResolveData(Removals);

    /// <summary>Resolves a data path: absolute paths stay, relative ones go under <see cref="DataFolder"/>.</summary>
    public static string ResolveData(string path) => Path.GetFullPath(path, DataFolder);

    private static string DefaultDataFolder()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(local) ? Path.GetFullPath("data") : Path.Combine(local, "news-bot");
    }
}
