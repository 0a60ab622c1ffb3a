using System.Globalization;

namespace Bot.Core.Ingestion;

/// <summary>Decides per file whether it can be ingested and, if so, reads its text.</summary>
/// <param name="options">The size limit and extensions to apply.</param>
public sealed class ArticleFileReader(IngestionOptions options)
{
    private readonly HashSet<string> _extensions = new(options.GetExtensions(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads one file, returning its text or the reason it was skipped.</summary>
    public FileReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return FileReadResult.Skipped(path, "not found");
        }

        var extensionProblem = CheckExtension(path);
        if (extensionProblem is not null)
        {
            return FileReadResult.Skipped(path, extensionProblem);
        }

        if (file.Length > options.MaxFileBytes)
        {
            return FileReadResult.Skipped(path, DescribeOversize(file.Length));
        }

        try
        {
            return Decode(path, File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileReadResult.Skipped(path, $"could not be read: {ex.Message}");
        }
    }

    /// <summary>True when the file's extension is one this reader accepts.</summary>
    public bool IsSupported(string path) => _extensions.Contains(Path.GetExtension(path));

    private static FileReadResult Decode(string path, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return FileReadResult.Skipped(path, "empty file");
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded is null)
        {
            return FileReadResult.Skipped(path, "binary file, not text");
        }

        var (text, repair) = decoded.Value;
        return string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' '))
            ? FileReadResult.Skipped(path, "empty file")
            : FileReadResult.Read(path, text, repair);
    }

    private string? CheckExtension(string path)
    {
        if (IsSupported(path))
        {
            return null;
        }

        var extension = Path.GetExtension(path);
        var supported = string.Join(", ", options.GetExtensions());
        var found = extension.Length == 0 ? "no file extension" : $"unsupported extension '{extension}'";
        return $"{found} (reads {supported}; add it to {IngestionOptions.SectionName}:Extensions if the file is text)";
    }

    private string DescribeOversize(long length) => string.Format(
        CultureInfo.InvariantCulture,
        "file is {0:N0} bytes, over the {1:N0}-byte limit; raise {2}:MaxFileBytes to ingest it",
        length,
        options.MaxFileBytes,
        IngestionOptions.SectionName);
}
