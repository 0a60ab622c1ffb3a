using System.Diagnostics;
using System.Runtime.InteropServices;
using Bot.Core.Indexing;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Cli.Bench;

/// <summary>Saves a store's vectors as the index file keeps them (float32 rows, int8 rows, sign codes) and loads them back into a searchable store.</summary>
internal static class VectorFileBench
{
    public static VectorFileFigures SaveAndLoad(ClusteredVectors data, QuantizedMatrix matrix, SignCodes signs)
    {
        string path = Path.Combine(Path.GetTempPath(), $"newsbot-bench-{Environment.ProcessId}.vectors");
        try
        {
            var save = Stopwatch.StartNew();
            using (var writer = new BinaryWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20)))
            {
                writer.Write(MemoryMarshal.AsBytes(data.Flat.AsSpan()));
                VectorRows.WriteAll(writer, matrix);
                SignCodeRows.Write(writer, signs);
            }

            double saveMs = save.Elapsed.TotalMilliseconds;
            double copyMs = Timed(() => Load(path, data.Rows, data.Dimensions, map: false));
            double mapMs = Timed(() => Load(path, data.Rows, data.Dimensions, map: true));
            long bytes = new FileInfo(path).Length;
            return new VectorFileFigures(Math.Round((double)bytes / data.Rows, 1), Math.Round(saveMs, 1), Math.Round(copyMs, 1), Math.Round(mapMs, 1));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Timed(Func<object> load)
    {
        var timer = Stopwatch.StartNew();
        GC.KeepAlive(load());
        return timer.Elapsed.TotalMilliseconds;
    }

    // Either copies the float32 rows into a new mapped temporary file (what loading the index file does today) or maps them where they lie.
    private static (FloatRowFile Rows, QuantizedMatrix Matrix, SignCodes Signs) Load(string path, int rows, int dimensions, bool map)
    {
        using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20));
        long floatBytes = (long)rows * dimensions * sizeof(float);
        var floats = map ? FloatRowFile.Map(path, 0, rows, dimensions) : FloatRowFile.Copy(reader.BaseStream, rows, dimensions);
        reader.BaseStream.Position = floatBytes;
        var matrix = VectorRows.ReadAll(reader, rows, dimensions);
        return (floats, matrix, SignCodeRows.Read(reader, rows, dimensions));
    }
}

/// <summary>The saved vector section of one bench size: bytes per row on disk, and the time to write it and to load it into a searchable store.</summary>
/// <param name="LoadMs">Load copying the float32 rows into a new mapped temporary file, as the index file loads today.</param>
/// <param name="LoadMappedMs">Load mapping the float32 rows where they lie in the saved file (only the codes are read).</param>
internal sealed record VectorFileFigures(double BytesPerChunk, double SaveMs, double LoadMs, double LoadMappedMs);
