using System.Security.Cryptography;
using Bot.Core.Articles;
using Bot.Core.Chunking;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Indexing;

/// <summary>Saves and loads the index (articles, passages, vectors) as one checksummed binary file.</summary>
/// <remarks>
/// The header records the embedder and its dimensions, so a file written by another embedder is refused as
/// stale rather than searched with incomparable vectors. A SHA-256 trailer catches truncation and corruption.
/// Writes go to a temporary file that is then renamed over the old one, so a crash leaves either the old
/// index or the new one, never half of each.
/// </remarks>
public static class IndexFile
{
    private const string Magic = "NEWSBOT-INDEX";
    // Version 3 stores sentence vectors as int8 codes with a scale; a version 2 file (all float32) is refused as stale and rebuilt.
    // Version 4 adds the passages' search codes (int8 rows, sign codes) after the passages; a version 3 file still loads and
    // its codes are computed again.
    private const int FormatVersion = 4;
    private const int HashBytes = 32;

    /// <summary>Writes <paramref name="contents"/> to <paramref name="path"/> atomically.</summary>
    public static void Save(string path, IndexContents contents)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            using (var writer = new BinaryWriter(new HashingStream(file, hash), System.Text.Encoding.UTF8, leaveOpen: true))
            {
                IndexFileWriter.Write(writer, Magic, FormatVersion, contents);
            }

            file.Write(hash.GetHashAndReset());
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads the index at <paramref name="path"/>; says why when it cannot be used.</summary>
    public static IndexLoadResult Load(string path, string expectedEmbedder, int expectedDimensions)
    {
        if (Directory.Exists(path))
        {
            return IndexLoadResult.Damage($"the index path {path} is a folder, not a file");
        }

        if (!File.Exists(path))
        {
            return IndexLoadResult.Fail($"no saved index at {path}");
        }

        try
        {
            // Streamed twice (hash, then parse) rather than read into one array: a large index passes the 2 GB
            // array limit, and the second pass comes from the page cache.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            if (file.Length < HashBytes || !HasValidTrailer(file))
            {
                return IndexLoadResult.Damage($"the saved index {path} is truncated or corrupt (checksum mismatch)");
            }

            file.Position = 0;
            using var reader = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true);
            return IndexFileReader.Read(reader, Magic, FormatVersion, expectedEmbedder, expectedDimensions, path);
        }
        // ArgumentException and OverflowException come from a checksum-valid file whose fields are out of range (a day
        // number past DateOnly.MaxValue, say): damage all the same, reported in one line rather than a start-up crash.
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException or ArgumentException or OverflowException)
        {
            return IndexLoadResult.Damage($"the saved index {path} could not be read ({ex.Message})");
        }
    }

    private static bool HasValidTrailer(FileStream file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        for (long left = file.Length - HashBytes; left > 0;)
        {
            int read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                return false;
            }

            hash.AppendData(buffer, 0, read);
            left -= read;
        }

        var trailer = new byte[HashBytes];
        file.ReadExactly(trailer);
        return hash.GetHashAndReset().AsSpan().SequenceEqual(trailer);
    }
}

/// <summary>Everything the index file holds; <paramref name="Codes"/> are the passages' search codes, row for row, when saved.</summary>
public sealed record IndexContents(string Embedder, int Dimensions, IReadOnlyList<NewsArticle> Articles, IReadOnlyList<ArticleChunk> Chunks, StoredCodes? Codes = null);

/// <summary>The outcome of loading: the contents, or the reason they could not be used.</summary>
/// <param name="Damaged">The path holds something unreadable (not merely missing or stale), which a rebuild must keep aside.</param>
public sealed record IndexLoadResult(IndexContents? Contents, string? Problem, bool Damaged = false)
{
    public static IndexLoadResult Fail(string problem) => new(null, problem);

    public static IndexLoadResult Damage(string problem) => new(null, problem, Damaged: true);
}
