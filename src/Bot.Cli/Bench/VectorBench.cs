using System.Diagnostics;
using System.Runtime.InteropServices;
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
        double buildMs = 0;
        var ((matrix, rows), int8Bytes) = HeapMeter.Measure(() =>
        {
            var build = Stopwatch.StartNew();
            var built = Build(data);
            buildMs = build.Elapsed.TotalMilliseconds;
            return built;
        });

        var exactTop = new List<(int Row, float Score)>[queries];
        var int8Top = new List<(int Row, float Score)>[queries];
        var exact = Measure(queries, settings, (q, s) => exactTop[q] = ExactScan.Search(data.Flat, dimensions, data.Queries[q], Top, settings: s),
            exactBytes, size, dimensions, (long)size * dimensions * sizeof(float), bandwidth);
        var int8 = Measure(queries, settings, (q, s) => int8Top[q] = QuantizedScan.Search(matrix, data.Queries[q], Top, settings: s, exact: rows),
            int8Bytes, size, dimensions, ((long)size * dimensions) + ((long)size * sizeof(float)), bandwidth);

        var int8Only = data.Queries.Select(q => QuantizedScan.Search(matrix, q, Top, settings: settings)).ToArray();
        var (fileBytes, loadMs) = SaveAndLoad(data);
        return new VectorFigures(size, dimensions, exact, int8, Recall(exactTop, int8Top), Recall(exactTop, int8Only), Ratio(int8.OneThread.P50Ms, exact.OneThread.P50Ms),
            Math.Round(buildMs, 1), Math.Round((double)fileBytes / size, 1), Math.Round(loadMs, 1));
    }

    // What the store holds: int8 codes on the heap, float32 rows in a mapped file for rescoring.
    private static (QuantizedMatrix Matrix, FloatRowFile Rows) Build(ClusteredVectors data)
    {
        var matrix = new QuantizedMatrix(data.Rows, data.Dimensions);
        var rows = FloatRowFile.Write(data.Rows, data.Dimensions, (row, values) =>
        {
            data.Row(row).CopyTo(values);
            matrix.Set(row, values);
        });
        return (matrix, rows);
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

    // The index file keeps passage vectors as float32 rows; loading them is reading, quantizing and mapping them.
    private static (long Bytes, double Ms) SaveAndLoad(ClusteredVectors data)
    {
        string path = Path.Combine(Path.GetTempPath(), $"newsbot-bench-{Environment.ProcessId}.vectors");
        try
        {
            File.WriteAllBytes(path, MemoryMarshal.AsBytes(data.Flat.AsSpan()));
            var load = Stopwatch.StartNew();
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20))
            {
                var matrix = new QuantizedMatrix(data.Rows, data.Dimensions);
                GC.KeepAlive(FloatRowFile.Write(data.Rows, data.Dimensions, (row, values) =>
                {
                    stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
                    matrix.Set(row, values);
                }));
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
