namespace Bot.Core.Retrieval.Scanning;

/// <summary>Top-k search over int8 rows: an int8 scan keeps <c>k × oversample</c> candidates, which are rescored against the float query.</summary>
/// <remarks>
/// The scan quantizes the query too, so it runs entirely on int8 (4× less memory traffic than float32 and
/// 32 multiply-adds per instruction with VNNI). Its ranking errs by both roundings; the oversampling keeps
/// near-ties at the cut-off, and rescoring them against full-precision rows (when given) removes the error.
/// Without full-precision rows the float query is scored against the int8 codes, which removes only the
/// query's share of the error.
/// </remarks>
public static class QuantizedScan
{
    /// <summary>The best <paramref name="top"/> rows for a unit-length <paramref name="query"/>, best first, with approximate cosines.</summary>
    public static List<(int Row, float Score)> Search(
        QuantizedMatrix matrix, ReadOnlySpan<float> query, int top, Func<int, bool>? filter = null, ScanSettings? settings = null, FloatRowFile? exact = null)
    {
        settings ??= ScanSettings.Default;
        if (matrix.Rows == 0 || top <= 0)
        {
            return [];
        }

        var codes = new sbyte[query.Length];
        Int8Quantizer.Quantize(query, codes);
        int keep = Math.Min(matrix.Rows, top * Math.Max(1, settings.Oversample));
        var candidates = RowRanges.Scan(matrix.Rows, keep, settings.ParallelRows, settings.Threads,
            (from, to) => ScanRange(matrix, codes, from, to, keep, filter));

        return Rescore(matrix, query, candidates, top, exact);
    }

    /// <summary>Scores <paramref name="candidates"/> against the float query (from float32 rows when given) and keeps the best <paramref name="top"/>.</summary>
    internal static List<(int Row, float Score)> Rescore(QuantizedMatrix matrix, ReadOnlySpan<float> query, TopK<int> candidates, int top, FloatRowFile? exact)
    {
        var rescored = new TopK<int>(top);
        var scratch = exact is { Rows: > 0 } ? new float[exact.Dimensions] : null;
        foreach (var (row, _) in candidates.Descending())
        {
            rescored.Add(row, scratch is null ? matrix.Dot(query, row) : exact!.Dot(query, row, scratch));
        }

        return rescored.Descending();
    }

    private static TopK<int> ScanRange(QuantizedMatrix matrix, sbyte[] query, int from, int to, int keep, Func<int, bool>? filter)
    {
        var best = new TopK<int>(keep);
        for (int row = from; row < to; row++)
        {
            if (filter is not null && !filter(row))
            {
                continue;
            }

            // The query's own scale is the same for every row, so it is left out of the ranking score.
            float score = Int8Kernels.Dot(query, matrix.Row(row)) * matrix.Scale(row);
            if (score > best.Floor)
            {
                best.Add(row, score);
            }
        }

        return best;
    }
}
