using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Tests.Retrieval.Scanning;

public sealed class CompactScanTests
{
    // 100 dimensions fill 13 code bytes (an odd count, the last one half padding) and 3,000 rows end in a partial block.
    private const int Dimensions = 100;
    private static readonly ClusteredData Data = ClusteredData.Generate(rows: 3000, clusters: 60, queries: 40, Dimensions);
    private static readonly SignCodes Signs = SignCodes.Build(Data.Matrix);
    private static readonly FloatRowFile Rows = Data.Rows();

    // 40 candidates of 3,000 rows: the sign pass alone has to find the neighbourhood.
    private static readonly ScanSettings Tight = ScanSettings.Default with { CandidatesPerResult = 4, MinCandidates = 40 };

    [Fact]
    public void Search_WithFewCandidates_FindsTheExactTopTen()
    {
        double found = 0;
        foreach (var query in Data.Queries)
        {
            var exact = ExactScan.Search(Data.Flat, Dimensions, query, 10).Select(r => r.Row).ToHashSet();
            found += CompactScan.Search(Data.Matrix, Signs, query, 10, settings: Tight, exact: Rows).Count(r => exact.Contains(r.Row));
        }

        double recall = found / (10.0 * Data.Queries.Length);
        Assert.True(recall >= 0.98, $"recall@10 {recall}");
    }

    [Fact]
    public void Search_WithTheDefaultCandidates_ReturnsTheExactOrderAndScores()
    {
        foreach (var query in Data.Queries)
        {
            var exact = ExactScan.Search(Data.Flat, Dimensions, query, 10);
            var found = CompactScan.Search(Data.Matrix, Signs, query, 10, exact: Rows);

            Assert.Equal(exact.Select(r => r.Row), found.Select(r => r.Row));
            Assert.Equal(exact.Select(r => r.Score), found.Select(r => r.Score), (a, b) => Math.Abs(a - b) < 1e-5f);
        }
    }

    [Fact]
    public void Search_WithAFilter_ReturnsTheExactFilteredTopTen()
    {
        static bool Accept(int row) => row % 7 == 3;
        foreach (var query in Data.Queries.Take(10))
        {
            var exact = ExactScan.Search(Data.Flat, Dimensions, query, 10, Accept);
            var found = CompactScan.Search(Data.Matrix, Signs, query, 10, Accept, exact: Rows);

            Assert.Equal(exact.Select(r => r.Row), found.Select(r => r.Row));
        }
    }

    [Fact]
    public void Search_WithAFilterFewerRowsPass_ReturnsOnlyThose()
    {
        var found = CompactScan.Search(Data.Matrix, Signs, Data.Queries[0], 10, row => row is 5 or 2999, Tight, Rows);

        Assert.Equal([2999, 5], found.Select(r => r.Row).Order().Reverse());
    }

    [Fact]
    public void Search_InParallel_EqualsTheSingleThreadedSearch()
    {
        var parallel = Tight with { ParallelRows = 1, Threads = 3 };
        foreach (var query in Data.Queries)
        {
            Assert.Equal(
                CompactScan.Search(Data.Matrix, Signs, query, 10, settings: Tight.SingleThreaded, exact: Rows),
                CompactScan.Search(Data.Matrix, Signs, query, 10, settings: parallel, exact: Rows));
        }
    }

    [Fact]
    public void Search_WhenTheCandidatesCoverTheStore_EqualsTheInt8Scan()
    {
        var wide = ScanSettings.Default with { MinCandidates = Data.Matrix.Rows };

        Assert.Equal(
            QuantizedScan.Search(Data.Matrix, Data.Queries[2], 10, settings: wide, exact: Rows),
            CompactScan.Search(Data.Matrix, Signs, Data.Queries[2], 10, settings: wide, exact: Rows));
    }

    [Fact]
    public void CandidatesFor_TakesTheLargerOfThePerResultCountAndTheMinimum()
    {
        var settings = new ScanSettings(CandidatesPerResult: 40, MinCandidates: 400);

        Assert.Equal(400, settings.CandidatesFor(5));
        Assert.Equal(1600, settings.CandidatesFor(40));
    }
}
