using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Tests.Retrieval.Scanning;

public sealed class QuantizedScanTests
{
    private const int Dimensions = 64;
    private static readonly ClusteredData Data = ClusteredData.Generate(rows: 3000, clusters: 60, queries: 25, Dimensions);

    [Fact]
    public void Search_OnClusteredVectors_FindsTheExactTopTen()
    {
        double found = 0;
        foreach (var query in Data.Queries)
        {
            var exact = ExactScan.Search(Data.Flat, Dimensions, query, 10).Select(r => r.Row).ToHashSet();
            found += QuantizedScan.Search(Data.Matrix, query, 10).Count(r => exact.Contains(r.Row));
        }

        Assert.True(found / (10.0 * Data.Queries.Length) >= 0.98, $"recall@10 {found / (10.0 * Data.Queries.Length)}");
    }

    [Fact]
    public void Search_RescoredFromFloatRows_ReturnsTheExactTopTenAndScores()
    {
        var rows = Data.Rows();
        foreach (var query in Data.Queries)
        {
            var exact = ExactScan.Search(Data.Flat, Dimensions, query, 10);
            var found = QuantizedScan.Search(Data.Matrix, query, 10, exact: rows);

            Assert.Equal(exact.Select(r => r.Row), found.Select(r => r.Row));
            Assert.Equal(exact.Select(r => r.Score), found.Select(r => r.Score), (a, b) => Math.Abs(a - b) < 1e-5f);
        }
    }

    [Fact]
    public void Search_ScoresAreCloseToTheExactCosines()
    {
        var query = Data.Queries[0];
        foreach (var (row, score) in QuantizedScan.Search(Data.Matrix, query, 10))
        {
            float exact = System.Numerics.Tensors.TensorPrimitives.Dot(query, Data.Flat.AsSpan(row * Dimensions, Dimensions));
            Assert.Equal(exact, score, 0.01f);
        }
    }

    [Fact]
    public void Search_WithAFilter_ReturnsOnlyRowsItAccepts()
    {
        var results = QuantizedScan.Search(Data.Matrix, Data.Queries[1], 10, row => row % 7 == 3);

        Assert.Equal(10, results.Count);
        Assert.All(results, r => Assert.Equal(3, r.Row % 7));
    }

    [Fact]
    public void Search_InParallel_EqualsTheSingleThreadedScan()
    {
        var parallel = new ScanSettings(ParallelRows: 1, Threads: 3);
        foreach (var query in Data.Queries)
        {
            Assert.Equal(
                QuantizedScan.Search(Data.Matrix, query, 10, settings: ScanSettings.Default.SingleThreaded),
                QuantizedScan.Search(Data.Matrix, query, 10, settings: parallel));
            Assert.Equal(
                ExactScan.Search(Data.Flat, Dimensions, query, 10, settings: ScanSettings.Default.SingleThreaded),
                ExactScan.Search(Data.Flat, Dimensions, query, 10, settings: parallel));
        }
    }

    [Fact]
    public void Search_AskingForMoreThanTheRows_ReturnsEveryRow()
    {
        var matrix = new QuantizedMatrix(3, 2);
        matrix.Set(0, [1f, 0f]);
        matrix.Set(1, [0f, 1f]);
        matrix.Set(2, [0.6f, 0.8f]);

        Assert.Equal([1, 2, 0], QuantizedScan.Search(matrix, [0f, 1f], 10).Select(r => r.Row));
    }
}
