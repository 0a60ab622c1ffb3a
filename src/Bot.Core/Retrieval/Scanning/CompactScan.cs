namespace Bot.Core.Retrieval.Scanning;

/// <summary>Top-k search that reads sign codes first: they pick candidates, int8 codes narrow them, float32 rows order them exactly.</summary>
/// <remarks>
/// The full int8 scan reads every row's 388 bytes and is already near the memory-bandwidth floor; the sign
/// pass reads 56 bytes per row (bits and two floats), so it reads about 7× less. Its estimate is rougher, so
/// it keeps <see cref="ScanSettings.CandidatesFor"/> rows (many more than asked for); int8 dot products of
/// those few rows (random reads, but only a few hundred) keep <c>k × oversample</c>, and the float32 rows
/// give the exact scores and order. When the candidate count reaches the store's size the sign pass would
/// keep every row anyway, so the int8 scan runs alone.
/// </remarks>
public static class CompactScan
{
    /// <summary>The best <paramref name="top"/> rows for a unit-length <paramref name="query"/>, best first.</summary>
    public static List<(int Row, float Score)> Search(
        QuantizedMatrix matrix, SignCodes codes, ReadOnlySpan<float> query, int top, Func<int, bool>? filter = null, ScanSettings? settings = null, FloatRowFile? exact = null)
    {
        settings ??= ScanSettings.Default;
        int keep = settings.CandidatesFor(top);
        if (matrix.Rows == 0 || top <= 0 || keep >= matrix.Rows || codes.Rows != matrix.Rows)
        {
            return QuantizedScan.Search(matrix, query, top, filter, settings, exact);
        }

        var prepared = SignQuery.From(query, codes);
        var candidates = RowRanges.Scan(matrix.Rows, keep, settings.SignParallelRows(matrix.Dimensions), settings.Threads,
            (from, to) => ScanRange(codes, prepared, from, to, keep, filter));

        var queryCodes = new sbyte[query.Length];
        Int8Quantizer.Quantize(query, queryCodes);
        var shortlist = new TopK<int>(top * Math.Max(1, settings.Oversample));
        foreach (var (row, _) in candidates.Descending())
        {
            shortlist.Add(row, Int8Kernels.Dot(queryCodes, matrix.Row(row)) * matrix.Scale(row));
        }

        return QuantizedScan.Rescore(matrix, query, shortlist, top, exact);
    }

    private static TopK<int> ScanRange(SignCodes codes, SignQuery query, int from, int to, int keep, Func<int, bool>? filter)
    {
        var best = new TopK<int>(keep);
        Span<ushort> sums = stackalloc ushort[SignCodes.BlockRows];
        ReadOnlySpan<byte> bits = codes.Bits;
        ReadOnlySpan<float> factors = codes.Factors, biases = codes.Biases;
        int blockBytes = SignCodes.BlockRows * codes.BytesPerRow;
        float step = query.Step;
        int offset = query.Offset;
        for (int block = from / SignCodes.BlockRows; block * SignCodes.BlockRows < to; block++)
        {
            SignKernels.BlockSums(bits.Slice(block * blockBytes, blockBytes), query, sums);
            int start = block * SignCodes.BlockRows;
            int first = Math.Max(from, start), last = Math.Min(to, start + SignCodes.BlockRows);
            for (int row = first; row < last; row++)
            {
                float estimate = (factors[row] * step * (sums[row - start] - offset)) + biases[row];
                if (estimate > best.Floor && (filter is null || filter(row)))
                {
                    best.Add(row, estimate);
                }
            }
        }

        return best;
    }
}
