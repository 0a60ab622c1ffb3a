using System.ComponentModel.DataAnnotations;

namespace Bot.Core;

/// <summary>Where the product finds its seed articles, prompts and saved index.</summary>
public sealed class PathsOptions
{
    public const string SectionName = "Bot:Paths";

    /// <summary>The articles indexed when no saved index exists; relative paths resolve against the app folder.</summary>
    [Required]
    public string Seeds { get; set; } = "seeds";

    /// <summary>The saved index file; relative paths resolve against the working directory.</summary>
    [Required]
    public string Index { get; set; } = "data/news.index";

    /// <summary>The seed folder as an absolute path.</summary>
    public string SeedsPath => Path.IsPathRooted(Seeds) ? Seeds : Path.Combine(AppContext.BaseDirectory, Seeds);

    /// <summary>The index file as an absolute path.</summary>
    public string IndexPath => Path.GetFullPath(Index);
}
