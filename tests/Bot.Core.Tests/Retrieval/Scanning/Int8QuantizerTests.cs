using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Tests.Retrieval.Scanning;

public sealed class Int8QuantizerTests
{
    [Fact]
    public void Quantize_ThenDequantize_StaysWithinHalfAStep()
    {
        var random = new Random(7);
        var vector = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() * 2) - 1).ToArray();
        var codes = new sbyte[vector.Length];

        float scale = Int8Quantizer.Quantize(vector, codes);
        var restored = Int8Quantizer.Dequantize(codes, scale);

        Assert.Equal(vector.Max(Math.Abs) / 127, scale, 6);
        Assert.All(vector.Zip(restored), p => Assert.True(Math.Abs(p.First - p.Second) <= (scale / 2) + 1e-6f));
    }

    [Fact]
    public void Quantize_TheLargestComponent_MapsToTheFullRange()
    {
        var codes = new sbyte[3];

        Int8Quantizer.Quantize([0.5f, -1f, 0.25f], codes);

        Assert.Equal([64, -127, 32], codes.Select(c => (int)c));
    }

    [Fact]
    public void Quantize_AZeroVector_GivesZeroCodesAndScale()
    {
        var codes = new sbyte[4];

        Assert.Equal(0, Int8Quantizer.Quantize(new float[4], codes));
        Assert.All(codes, c => Assert.Equal(0, c));
    }

    [Fact]
    public void From_SentenceVectors_RoundTripsWithinTheQuantizationError()
    {
        ReadOnlyMemory<float>[] vectors = [new[] { 0.1f, -0.2f, 0.3f }, new[] { 1f, 0f, -1f }];

        var list = QuantizedVectorList.From(vectors);

        Assert.Equal(2, list.Count);
        Assert.All(vectors.Zip(list), p => Assert.Equal(p.First.ToArray(), p.Second.ToArray(), (x, y) => Math.Abs(x - y) < 0.002f));
    }
}
