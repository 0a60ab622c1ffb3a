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

    /// <summary>The seed folder as an absolute path.</summary>
    public string SeedsPath => Path.IsPathRooted(Seeds) ? Seeds : Path.Combine(AppContext.BaseDirectory, Seeds);

    /// <summary>The index file as an absolute path.</summary>
    public string IndexPath => ResolveData(Index);

    /// <summary>Resolves a data path: absolute paths stay, relative ones go under <see cref="DataFolder"/>.</summary>
    public static string ResolveData(string path) => Path.GetFullPath(path, DataFolder);

    private static string DefaultDataFolder()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(local) ? Path.GetFullPath("data") : Path.Combine(local, "news-bot");
    }
}
