namespace Bot.Core.Retrieval.Scanning;

/// <summary>Splits a scan over rows into per-thread ranges and merges their top-k heaps.</summary>
/// <remarks>
/// Below <c>parallelRows</c> rows the thread hand-off and the second core's contention cost as much as they
/// save (see <see cref="ScanSettings"/>), so smaller stores scan on the caller's thread. Each range keeps its
/// own heap, so the threads share nothing while they scan.
/// </remarks>
internal static class RowRanges
{
    public static TopK<int> Scan(int rows, int keep, int parallelRows, int threads, Func<int, int, TopK<int>> scanRange)
    {
        int parts = threads <= 0 ? Environment.ProcessorCount : threads;
        if (rows < parallelRows || parts <= 1)
        {
            return scanRange(0, rows);
        }

        var results = new TopK<int>[parts];
        int size = (rows + parts - 1) / parts;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
            results[p] = scanRange(p * size, Math.Min(rows, (p + 1) * size)));

        var merged = new TopK<int>(keep);
        foreach (var part in results)
        {
            merged.AddRange(part);
        }

        return merged;
    }
}
