using System.IO.MemoryMappedFiles;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace Bot.Core.Retrieval.Scanning;

/// <summary>Full-precision float32 rows in a memory-mapped temporary file: the copy rescoring reads.</summary>
/// <remarks>
/// Int8 rescoring alone loses recall where neighbourhoods are dense (0.977 at 1M clustered vectors), so the
/// few candidates are rescored in float32. Keeping those floats on the managed heap would cost 4 bytes per
/// dimension; a mapped file keeps them in the OS page cache instead, which the OS may evict and fault back in,
/// and rescoring reads only k × oversample rows per query. The file has no name once mapped (Unix) or is
/// deleted on close (Windows); its pages are freed when the snapshot that owns the mapping is collected, so
/// searches still in flight on an older snapshot keep reading valid rows.
/// </remarks>
public sealed class FloatRowFile
{
    public static readonly FloatRowFile Empty = new(null, 0, 0);

    private readonly MemoryMappedViewAccessor? _view;

    private FloatRowFile(MemoryMappedViewAccessor? view, int rows, int dimensions)
    {
        _view = view;
        Rows = rows;
        Dimensions = dimensions;
    }

    public int Rows { get; }

    public int Dimensions { get; }

    /// <summary>Writes <paramref name="rows"/> rows, each filled by <paramref name="fillRow"/>, to a new temporary file and maps it.</summary>
    public static FloatRowFile Write(int rows, int dimensions, Action<int, float[]> fillRow) => Create(rows, dimensions, file =>
    {
        var row = new float[dimensions];
        for (int r = 0; r < rows; r++)
        {
            fillRow(r, row);
            file.Write(MemoryMarshal.AsBytes(row.AsSpan()));
        }
    });

    /// <summary>Copies <paramref name="rows"/> rows stored as raw float32 from <paramref name="source"/> to a new temporary file and maps it.</summary>
    /// <remarks>Block copies, no per-row call: loading a million saved rows is then the time to move 1.5 GB.</remarks>
    public static FloatRowFile Copy(Stream source, int rows, int dimensions) => Create(rows, dimensions, file =>
    {
        var buffer = new byte[1 << 20];
        for (long left = (long)rows * dimensions * sizeof(float); left > 0;)
        {
            int read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new EndOfStreamException("the stored rows end early");
            }

            file.Write(buffer, 0, read);
            left -= read;
        }
    });

    /// <summary>Maps <paramref name="rows"/> rows stored as raw float32 at <paramref name="offset"/> of an existing file, read-only and without copying them.</summary>
    /// <remarks>
    /// Loading a million rows this way costs no copy at all (the copy measured 3.5–8 s of an 8 s load on a busy machine);
    /// the file must then stay in place, unchanged, while the rows are searched.
    /// </remarks>
    public static FloatRowFile Map(string path, long offset, int rows, int dimensions)
    {
        long bytes = (long)rows * dimensions * sizeof(float);
        if (bytes == 0)
        {
            return Empty;
        }

        if (offset < 0 || offset + bytes > new FileInfo(path).Length)
        {
            throw new EndOfStreamException("the stored rows end early");
        }

        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        return new FloatRowFile(file.CreateViewAccessor(offset, bytes, MemoryMappedFileAccess.Read), rows, dimensions);
    }

    private static FloatRowFile Create(int rows, int dimensions, Action<Stream> fill)
    {
        if ((long)rows * dimensions == 0)
        {
            return Empty;
        }

        string path = Path.Combine(Path.GetTempPath(), $"newsbot-rows-{Guid.NewGuid():N}.f32");
        // The stream stays open for the mapping's lifetime, so its own buffer is off (0) and writes go through a
        // buffer that is dropped afterwards; a retained 1 MB buffer measured as 100 bytes per passage at 10k.
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 0, FileOptions.DeleteOnClose);
        try
        {
            var buffered = new BufferedStream(stream, 1 << 20);
            fill(buffered);
            buffered.Flush();
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);

        // Unix only deletes on close when the handle is closed, which does not happen if the process exits first;
        // unlinking now leaves the mapping valid and nothing behind. Windows deletes on close even at exit.
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }

        return new FloatRowFile(file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), rows, dimensions);
    }

    /// <summary>Copies row <paramref name="row"/> into <paramref name="destination"/> (at least <see cref="Dimensions"/> long).</summary>
    public void Read(int row, float[] destination) =>
        _view!.ReadArray((long)row * Dimensions * sizeof(float), destination, 0, Dimensions);

    /// <summary>The exact dot product of <paramref name="query"/> with a row, using <paramref name="scratch"/> as the row buffer.</summary>
    public float Dot(ReadOnlySpan<float> query, int row, float[] scratch)
    {
        Read(row, scratch);
        return TensorPrimitives.Dot(query, scratch.AsSpan(0, Dimensions));
    }
}
