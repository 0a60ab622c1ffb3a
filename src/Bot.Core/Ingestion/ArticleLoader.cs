using Bot.Core.Articles;
using Microsoft.Extensions.Options;

namespace Bot.Core.Ingestion;

/// <summary>
/// The ingestion entry point: expands files and folders, reads and cleans each file, merges duplicates,
/// and reports what happened to every file.
/// </summary>
public sealed class ArticleLoader
{
    private readonly ArticleFileReader _reader;

    /// <summary>Creates a loader with validated options.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public ArticleLoader(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(options));
        }

        _reader = new ArticleFileReader(options);
        Duplicates = new DuplicateDetector(options.NearDuplicateThreshold);
    }

    /// <summary>Creates a loader from bound options, as dependency injection supplies them.</summary>
    public ArticleLoader(IOptions<IngestionOptions> options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value)
    {
    }

    /// <summary>The duplicate detector this loader uses, for merging new articles against ones already indexed.</summary>
    public DuplicateDetector Duplicates { get; }

    /// <summary>Loads every article under the given files and folders.</summary>
    public IngestionResult Load(
        IEnumerable<string> paths,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var log = new LoadLog();
        var files = SourceFiles.Expand(paths, log.Skipped);
        var articles = new List<NewsArticle>();
        var idOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (LoadFile(files[i], log) is { } article && ClaimId(article, idOwners, log))
            {
                articles.Add(article);
            }

            progress?.Report(new IngestionProgress(i + 1, files.Count, files[i]));
        }

        var (kept, merged) = Duplicates.Merge(articles);
        var report = new IngestionReport([.. kept.Select(a => a.Id)], merged, log.Repaired, log.Skipped);
        return new IngestionResult(kept, report);
    }

    private NewsArticle? LoadFile(string file, LoadLog log)
    {
        var read = _reader.Read(file);
        if (read.Text is null)
        {
            log.Skipped.Add(new FileIssue(file, read.SkipReason ?? "could not be read"));
            return null;
        }

        if (read.Repair is not null)
        {
            log.Repaired.Add(new FileIssue(file, read.Repair));
        }

        var article = ArticleParser.Parse(read.Text, file);
        if (article is null)
        {
            log.Skipped.Add(new FileIssue(file, "no article text after cleaning"));
        }

        return article;
    }

    // Ids are file names so citations stay readable; two files with one name in different folders would collide.
    private static bool ClaimId(NewsArticle article, Dictionary<string, string> owners, LoadLog log)
    {
        if (owners.TryAdd(article.Id, article.SourcePath))
        {
            return true;
        }

        log.Skipped.Add(new FileIssue(
            article.SourcePath,
            $"same file name as {owners[article.Id]}; article ids are file names, so rename one of them"));
        return false;
    }

    private sealed class LoadLog
    {
        public List<FileIssue> Skipped { get; } = [];

        public List<FileIssue> Repaired { get; } = [];
    }
}
