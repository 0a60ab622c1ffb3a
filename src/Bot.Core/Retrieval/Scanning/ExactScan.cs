using System.Numerics.Tensors;

namespace Bot.Core.Retrieval.Scanning;

/// <summary>Exact float32 brute-force top-k over unit-length rows: the baseline the quantized scan is measured against.</summary>
public static class ExactScan
{
    /// <summary>The best <paramref name="top"/> rows of <paramref name="vectors"/> (row-major, <paramref name="dimensions"/> wide) by dot product, best first.</summary>
    public static List<(int Row, float Score)> Search(float[] vectors, int dimensions, ReadOnlySpan<float> query, int top, Func<int, bool>? filter = null, ScanSettings? settings = null)
    {
        settings ??= ScanSettings.Default;
        int rows = dimensions == 0 ? 0 : vectors.Length / dimensions;
        if (rows == 0 || top <= 0)
        {
            return [];
        }

        var q = query.ToArray();
        return RowRanges.Scan(rows, top, settings.ParallelRows, settings.Threads, (from, to) =>
        {
            var best = new TopK<int>(top);
            for (int row = from; row < to; row++)
            {
                if (filter is null || filter(row))
                {
                    float score = TensorPrimitives.Dot(q, vectors.AsSpan(row * dimensions, dimensions));
                    if (score > best.Floor)
                    {
                        best.Add(row, score);
                    }
                }
            }

            return best;
        }).Descending();
    }
}
