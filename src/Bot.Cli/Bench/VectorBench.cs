using System.Diagnostics;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Cli.Bench;

/// <summary>Times exact float32 brute force, the full int8 scan and the store's compact first pass on the same vectors and queries.</summary>
internal static class VectorBench
{
    private const int Top = 10;
    private const int QueryThreads = 2;

    public static VectorFigures Run(int size, int dimensions, int queries, int seed, double bandwidth, ScanSettings settings)
    {
        var (data, exactBytes) = HeapMeter.Measure(() => ClusteredVectors.Generate(size, dimensions, queries, seed));
        var build = Stopwatch.StartNew();
        var ((matrix, rows), int8Bytes) = HeapMeter.Measure(() => Build(data));
        var (signs, signBytes) = HeapMeter.Measure(() => SignCodes.Build(matrix));
        double buildMs = build.Elapsed.TotalMilliseconds;

        var exactTop = new List<(int Row, float Score)>[queries];
        var int8Top = new List<(int Row, float Score)>[queries];
        var compactTop = new List<(int Row, float Score)>[queries];
        long floatBytes = (long)size * dimensions * sizeof(float), int8Scanned = ((long)size * dimensions) + ((long)size * sizeof(float));
        var exact = Measure(queries, settings, (q, s) => exactTop[q] = ExactScan.Search(data.Flat, dimensions, data.Queries[q], Top, settings: s),
            exactBytes, size, dimensions, floatBytes, bandwidth);
        var int8 = Measure(queries, settings, (q, s) => int8Top[q] = QuantizedScan.Search(matrix, data.Queries[q], Top, settings: s, exact: rows),
            int8Bytes, size, dimensions, int8Scanned, bandwidth);
        var compact = Measure(queries, settings, (q, s) => compactTop[q] = CompactScan.Search(matrix, signs, data.Queries[q], Top, settings: s, exact: rows),
            int8Bytes + signBytes, size, dimensions, CompactScanned(signs, settings), bandwidth);

        var int8Only = data.Queries.Select(q => QuantizedScan.Search(matrix, q, Top, settings: settings)).ToArray();
        var file = VectorFileBench.SaveAndLoad(data, matrix, signs);
        return new VectorFigures(size, dimensions, exact, int8, compact, Recall(exactTop, int8Top), Recall(exactTop, int8Only), Recall(exactTop, compactTop),
            settings.CandidatesFor(Top), Ratio(int8.OneThread.P50Ms, exact.OneThread.P50Ms), Ratio(exact.Default.P95Ms, compact.Default.P95Ms),
            Math.Round(buildMs, 1), file);
    }

    /// <summary>Share of the exact top 10 that <paramref name="approximate"/> returns, over all queries.</summary>
    public static double Recall(IReadOnlyList<List<(int Row, float Score)>> exact, IReadOnlyList<List<(int Row, float Score)>> approximate)
    {
        double found = 0, wanted = 0;
        for (int q = 0; q < exact.Count; q++)
        {
            var truth = exact[q].Select(r => r.Row).ToHashSet();
            found += approximate[q].Count(r => truth.Contains(r.Row));
            wanted += truth.Count;
        }

        return wanted == 0 ? 1 : Math.Round(found / wanted, 4);
    }

    internal static double Ratio(double a, double b) => b <= 0 ? 0 : Math.Round(a / b, 2);

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

    // Every row's bits and two floats, then int8 rows and scales for the candidates, then float32 rows for the shortlist.
    private static long CompactScanned(SignCodes signs, ScanSettings settings) =>
        ((long)signs.Rows * (signs.BytesPerRow + (2 * sizeof(float)))) + ((long)settings.CandidatesFor(Top) * (signs.Dimensions + sizeof(float)))
        + ((long)Top * settings.Oversample * signs.Dimensions * sizeof(float));

    private static ScanFigures Measure(int queries, ScanSettings settings, Action<int, ScanSettings> search, long heapBytes, int size, int dimensions, long scanned, double bandwidth)
    {
        var oneThread = LatencyFigures.OneAtATime(queries, q => search(q, settings.SingleThreaded));
        var byDefault = LatencyFigures.OneAtATime(queries, q => search(q, settings));
        var concurrent = LatencyFigures.Concurrent(queries, QueryThreads, q => search(q, settings));
        double floorMs = scanned / (bandwidth * 1e9) * 1000;
        return new ScanFigures(oneThread, byDefault, concurrent, Math.Round((double)heapBytes / size, 1),
            Math.Round((double)heapBytes / size / dimensions, 3), scanned, Math.Round(floorMs, 3), Ratio(oneThread.P50Ms, floorMs));
    }
}
