using Bot.Core.Indexing;
using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Tests.Retrieval.Scanning;

public sealed class SignCodesTests
{
    private const int Dimensions = 100;
    private static readonly ClusteredData Data = ClusteredData.Generate(rows: 1000, clusters: 20, queries: 10, Dimensions);

    [Fact]
    public void Build_SetsABitWhereTheRowLiesAboveTheMean()
    {
        var signs = SignCodes.Build(Data.Matrix);
        var row = Data.Matrix.Dequantize(17);

        Assert.Equal(Dimensions, signs.Centre.Length);
        Assert.All(Enumerable.Range(0, Dimensions), d => Assert.Equal(row[d] > signs.Centre[d], signs.Bit(17, d)));
    }

    [Fact]
    public void Estimate_TracksTheExactDotProduct()
    {
        var signs = SignCodes.Build(Data.Matrix);
        var query = SignQuery.From(Data.Queries[0], signs);
        var sums = new ushort[SignCodes.BlockRows];
        SignKernels.BlockSums(signs.Bits[..(SignCodes.BlockRows * signs.BytesPerRow)], query, sums);
        float centreDot = System.Numerics.Tensors.TensorPrimitives.Dot(Data.Queries[0], signs.Centre);

        var estimates = Enumerable.Range(0, SignCodes.BlockRows)
            .Select(r => (signs.Factors[r] * query.Step * (sums[r] - query.Offset)) + signs.Biases[r] + centreDot).ToArray();
        var exact = Enumerable.Range(0, SignCodes.BlockRows)
            .Select(r => System.Numerics.Tensors.TensorPrimitives.Dot(Data.Queries[0], Data.Flat.AsSpan(r * Dimensions, Dimensions))).ToArray();

        Assert.All(estimates.Zip(exact), pair => Assert.Equal(pair.Second, pair.First, 0.25f));
    }

    [Fact]
    public void BlockSums_SimdEqualsTheScalarLoop()
    {
        var signs = SignCodes.Build(Data.Matrix);
        int blockBytes = SignCodes.BlockRows * signs.BytesPerRow;
        foreach (var vector in Data.Queries)
        {
            var query = SignQuery.From(vector, signs);
            for (int block = 0; block < signs.Blocks; block++)
            {
                var codes = signs.Bits.Slice(block * blockBytes, blockBytes);
                ushort[] scalar = new ushort[SignCodes.BlockRows], simd = new ushort[SignCodes.BlockRows];
                SignKernels.BlockSumsScalar(codes, query, scalar);
                SignKernels.BlockSums(codes, query, simd);

                Assert.Equal(scalar, simd);
            }
        }
    }

    [Fact]
    public void SaveAndLoad_RoundTripsEveryCodeAndSearchesAlike()
    {
        var signs = SignCodes.Build(Data.Matrix);
        using var stream = new MemoryStream();
        SignCodeRows.Write(new BinaryWriter(stream), signs);
        stream.Position = 0;
        var loaded = SignCodeRows.Read(new BinaryReader(stream), Data.Matrix.Rows, Dimensions);

        Assert.Equal(signs.Centre, loaded.Centre);
        Assert.True(signs.Bits.SequenceEqual(loaded.Bits));
        Assert.True(signs.Factors.SequenceEqual(loaded.Factors));
        Assert.True(signs.Biases.SequenceEqual(loaded.Biases));
        var tight = ScanSettings.Default with { MinCandidates = 30, CandidatesPerResult = 3 };
        Assert.Equal(
            CompactScan.Search(Data.Matrix, signs, Data.Queries[3], 10, settings: tight),
            CompactScan.Search(Data.Matrix, loaded, Data.Queries[3], 10, settings: tight));
    }

    [Fact]
    public void Load_OfCodesForAnotherStore_IsRefused()
    {
        using var stream = new MemoryStream();
        SignCodeRows.Write(new BinaryWriter(stream), SignCodes.Build(Data.Matrix));
        stream.Position = 0;

        Assert.Throws<FormatException>(() => SignCodeRows.Read(new BinaryReader(stream), Data.Matrix.Rows + 1, Dimensions));
    }
}
