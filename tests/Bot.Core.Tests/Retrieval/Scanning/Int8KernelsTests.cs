using Bot.Core.Retrieval.Scanning;

namespace Bot.Core.Tests.Retrieval.Scanning;

public sealed class Int8KernelsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(100)]
    [InlineData(384)]
    [InlineData(1537)]
    public void Dot_OnRandomCodes_EqualsTheScalarReference(int length)
    {
        var random = new Random(length);
        var a = RandomCodes(random, length);
        var b = RandomCodes(random, length);

        Assert.Equal(Int8Kernels.DotScalar(a, b), Int8Kernels.Dot(a, b));
    }

    [Theory]
    [InlineData(32)]
    [InlineData(96)]
    [InlineData(1536)]
    public void EachSimdPath_TheMachineHas_EqualsTheScalarReference(int length)
    {
        var random = new Random(length + 1);
        var a = RandomCodes(random, length);
        var b = RandomCodes(random, length);
        int expected = Int8Kernels.DotScalar(a, b);

        if (System.Runtime.Intrinsics.X86.AvxVnni.IsSupported)
        {
            Assert.Equal(expected, Int8Kernels.DotVnni(a, b, length));
        }

        if (System.Runtime.Intrinsics.X86.Avx2.IsSupported)
        {
            Assert.Equal(expected, Int8Kernels.DotAvx2(a, b, length));
        }

        Assert.Equal(expected, Int8Kernels.DotVector128(a, b, length));
    }

    [Fact]
    public void Dot_AtTheExtremes_DoesNotOverflow()
    {
        var a = Enumerable.Repeat((sbyte)-127, 4096).ToArray();

        Assert.Equal(4096 * 127 * 127, Int8Kernels.Dot(a, a));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(64)]
    [InlineData(385)]
    public void Dot_WithAFloatQuery_EqualsTheScalarSum(int length)
    {
        var random = new Random(length);
        var codes = RandomCodes(random, length);
        var query = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();

        double expected = query.Select((q, i) => (double)q * codes[i]).Sum();

        Assert.Equal(expected, Int8Kernels.Dot(query, codes), 2);
    }

    [Fact]
    public void Dot_WithDifferentLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => Int8Kernels.Dot(new sbyte[3], new sbyte[4]));

    internal static sbyte[] RandomCodes(Random random, int length) =>
        Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
}
