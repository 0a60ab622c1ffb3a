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

    /// <summary>
    /// Loads every article under the given files and folders. An article's id is its path relative to the folder
    /// given (<c>tech/042.txt</c>), or its file name when the file itself was given.
    /// </summary>
    public IngestionResult Load(
        IEnumerable<string> paths,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Load(paths, progress, parallelism: 1, cancellationToken);

    /// <summary>
    /// As <see cref="Load(IEnumerable{string}, IProgress{IngestionProgress}?, CancellationToken)"/>, reading and cleaning up
    /// to <paramref name="parallelism"/> files at once (a large archive); results, ids and reports are the same as one at a
    /// time, only progress may arrive out of file order.
    /// </summary>
    public IngestionResult Load(
        IEnumerable<string> paths,
        IProgress<IngestionProgress>? progress,
        int parallelism,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var log = new LoadLog();
        var files = SourceFiles.Expand(paths, log.Skipped);
        return Load(files, log, progress, Math.Max(1, parallelism), cancellationToken);
    }

    /// <summary>Loads files whose ids the caller has already decided (the web inbox names them relative to itself).</summary>
    public IngestionResult LoadFiles(
        IReadOnlyList<SourceFile> files,
        IProgress<IngestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load(files, new LoadLog(), progress, 1, cancellationToken);
    }

    private IngestionResult Load(
        IReadOnlyList<SourceFile> files,
        LoadLog log,
        IProgress<IngestionProgress>? progress,
        int parallelism,
        CancellationToken cancellationToken)
    {
        var read = ReadAll(files, progress, parallelism, cancellationToken);

        // Ids are claimed and issues logged in file order, so a parallel read reports exactly what a serial one does.
        var articles = new List<NewsArticle>();
        var idOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (article, fileLog) in read)
        {
            log.Skipped.AddRange(fileLog.Skipped);
            log.Repaired.AddRange(fileLog.Repaired);
            if (article is not null && ClaimId(article, idOwners, log))
            {
                articles.Add(article);
            }
        }

        var (kept, merged) = Duplicates.Merge(articles);
        var report = new IngestionReport([.. kept.Select(a => a.Id)], merged, log.Repaired, log.Skipped);
        return new IngestionResult(kept, report);
    }

    private (NewsArticle? Article, LoadLog Log)[] ReadAll(IReadOnlyList<SourceFile> files, IProgress<IngestionProgress>? progress, int parallelism, CancellationToken cancellationToken)
    {
        var read = new (NewsArticle?, LoadLog)[files.Count];
        int done = 0;
        void ReadOne(int i)
        {
            var fileLog = new LoadLog();
            read[i] = (LoadFile(files[i], fileLog), fileLog);
            progress?.Report(new IngestionProgress(Interlocked.Increment(ref done), files.Count, files[i].Path));
        }

        if (parallelism == 1)
        {
            for (var i = 0; i < files.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadOne(i);
            }
        }
        else
        {
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, ReadOne);
        }

        return read;
    }

    private NewsArticle? LoadFile(SourceFile file, LoadLog log)
    {
        var read = _reader.Read(file.Path);
        if (read.Text is null)
        {
            log.Skipped.Add(new FileIssue(file.Path, read.SkipReason ?? "could not be read"));
            return null;
        }

        if (read.Repair is not null)
        {
            log.Repaired.Add(new FileIssue(file.Path, read.Repair));
        }

        var article = ArticleParser.Parse(read.Text, file.Path);
        if (article is null)
        {
            log.Skipped.Add(new FileIssue(file.Path, "no article text after cleaning"));
        }

        return article is null ? null : article with { Id = file.Id };
    }

    // Ids are paths relative to the folder given, so only two roots given in one run can produce the same id
    // (a/001.txt under both). Case is ignored because Windows file systems ignore it.
    private static bool ClaimId(NewsArticle article, Dictionary<string, string> owners, LoadLog log)
    {
        if (owners.TryAdd(article.Id, article.SourcePath))
        {
            return true;
        }

        log.Skipped.Add(new FileIssue(
            article.SourcePath,
            $"same article id {article.Id} as {owners[article.Id]}; ids are paths relative to the folder given, so ingest the folder that holds both"));
        return false;
    }

    private sealed class LoadLog
    {
        public List<FileIssue> Skipped { get; } = [];

        public List<FileIssue> Repaired { get; } = [];
    }
}
