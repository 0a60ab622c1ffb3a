using System.Diagnostics;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Cli.Bench;

/// <summary>Times exact float32 brute force and the store's int8 scan + rescoring on the same vectors and queries.</summary>
internal static class VectorBench
{
    private const int Top = 10;
    private const int QueryThreads = 2;

    public static VectorFigures Run(int size, int dimensions, int queries, int seed, double bandwidth, ScanSettings settings)
    {
        var (data, exactBytes) = HeapMeter.Measure(() => ClusteredVectors.Generate(size, dimensions, queries, seed));
        var build = Stopwatch.StartNew();
        var (matrix, int8Bytes) = HeapMeter.Measure(() => Quantize(data));
        double buildMs = build.Elapsed.TotalMilliseconds;

        var exactTop = new List<(int Row, float Score)>[queries];
        var int8Top = new List<(int Row, float Score)>[queries];
        var exact = Measure(queries, settings, (q, s) => exactTop[q] = ExactScan.Search(data.Flat, dimensions, data.Queries[q], Top, settings: s),
            exactBytes, size, dimensions, (long)size * dimensions * sizeof(float), bandwidth);
        var int8 = Measure(queries, settings, (q, s) => int8Top[q] = QuantizedScan.Search(matrix, data.Queries[q], Top, settings: s),
            int8Bytes, size, dimensions, ((long)size * dimensions) + ((long)size * sizeof(float)), bandwidth);

        var (fileBytes, loadMs) = SaveAndLoad(matrix);
        return new VectorFigures(size, dimensions, exact, int8, Recall(exactTop, int8Top), Ratio(int8.OneThread.P50Ms, exact.OneThread.P50Ms),
            Math.Round(buildMs, 1), Math.Round((double)fileBytes / size, 1), Math.Round(loadMs, 1));
    }

    private static QuantizedMatrix Quantize(ClusteredVectors data)
    {
        var matrix = new QuantizedMatrix(data.Rows, data.Dimensions);
        for (int row = 0; row < data.Rows; row++)
        {
            matrix.Set(row, data.Row(row));
        }

        return matrix;
    }

    private static ScanFigures Measure(int queries, ScanSettings settings, Action<int, ScanSettings> search, long heapBytes, int size, int dimensions, long scanned, double bandwidth)
    {
        var oneThread = LatencyFigures.OneAtATime(queries, q => search(q, settings.SingleThreaded));
        var byDefault = LatencyFigures.OneAtATime(queries, q => search(q, settings));
        var concurrent = LatencyFigures.Concurrent(queries, QueryThreads, q => search(q, settings));
        double floorMs = scanned / (bandwidth * 1e9) * 1000;
        return new ScanFigures(oneThread, byDefault, concurrent, Math.Round((double)heapBytes / size, 1),
            Math.Round((double)heapBytes / size / dimensions, 3), scanned, Math.Round(floorMs, 3), Ratio(oneThread.P50Ms, floorMs));
    }

    private static (long Bytes, double Ms) SaveAndLoad(QuantizedMatrix matrix)
    {
        string path = Path.Combine(Path.GetTempPath(), $"newsbot-bench-{Environment.ProcessId}.vectors");
        try
        {
            using (var writer = new BinaryWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20)))
            {
                Bot.Core.Indexing.VectorRows.WriteAll(writer, matrix);
            }

            var load = Stopwatch.StartNew();
            using (var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20)))
            {
                GC.KeepAlive(Bot.Core.Indexing.VectorRows.ReadAll(reader, matrix.Rows, matrix.Dimensions));
            }

            return (new FileInfo(path).Length, load.Elapsed.TotalMilliseconds);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Recall(List<(int Row, float Score)>[] exact, List<(int Row, float Score)>[] approximate)
    {
        double found = 0, wanted = 0;
        for (int q = 0; q < exact.Length; q++)
        {
            var truth = exact[q].Select(r => r.Row).ToHashSet();
            found += approximate[q].Count(r => truth.Contains(r.Row));
            wanted += truth.Count;
        }

        return wanted == 0 ? 1 : Math.Round(found / wanted, 4);
    }

    internal static double Ratio(double a, double b) => b <= 0 ? 0 : Math.Round(a / b, 2);
}
