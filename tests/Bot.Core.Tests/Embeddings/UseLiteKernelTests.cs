using Bot.Core.Embeddings.UseLite;

namespace Bot.Core.Tests.Embeddings;

/// <summary>
/// The hand-written SIMD kernels are only chosen automatically in optimised builds; tests usually run a
/// Debug build, so this forces them on and checks them against the oracle (its golden vectors, and the live model when
/// present) and the TensorPrimitives path.
/// </summary>
public sealed class UseLiteKernelTests
{
    private static readonly Lazy<UseLiteEncoder> SimdEncoder = new(() => new UseLiteEncoder(
        UseLiteWeights.Load(UseLiteEmbeddingGenerator.DefaultModelDirectory), useSimdKernels: true));

    private static readonly Lazy<UseLiteEncoder> DotEncoder = new(() => new UseLiteEncoder(
        UseLiteWeights.Load(UseLiteEmbeddingGenerator.DefaultModelDirectory), useSimdKernels: false));

    [Fact]
    public void EncodeBatch_SimdKernelsForced_MatchOracleAndDotPath()
    {
        var tokens = UseLiteOracleTests.Texts.Select(UseLiteTestModel.Generator.Tokenizer.Encode).ToArray();

        var simd = SimdEncoder.Value.EncodeBatch(tokens);
        var dot = DotEncoder.Value.EncodeBatch(tokens);

        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var (source, expected) in UseLiteTestModel.References(UseLiteOracleTests.Texts[i], tokens[i]))
            {
                Assert.True(UseLiteTestModel.Cosine(simd[i], expected) >= 0.9999, $"SIMD vs {source}, input {i}");
            }

            Assert.True(UseLiteTestModel.Cosine(simd[i], dot[i]) >= 0.99999, $"SIMD vs Dot, input {i}");
        }
    }

    [Fact]
    public void EncodeBatch_SimdKernelsWithRowRemainders_EqualOneByOne()
    {
        // 1..7 tokens exercise every mix of 4-row tiles and single-row remainders; results must not depend on packing.
        var tokens = Enumerable.Range(1, 7).Select(n => Enumerable.Range(6, n).ToArray()).ToArray();

        var batched = SimdEncoder.Value.EncodeBatch(tokens);

        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.Equal(SimdEncoder.Value.Encode(tokens[i]), batched[i]);
        }
    }
}
