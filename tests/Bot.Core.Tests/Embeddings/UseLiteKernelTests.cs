using Bot.Core.Embeddings.UseLite;

namespace Bot.Core.Tests.Embeddings;

/// <summary>
/// Each matrix-multiply kernel is forced in turn (the encoder otherwise runs only the best one this CPU has)
/// and checked against the oracle (its golden vectors, and the live model when present) and the dot-product path.
/// </summary>
public sealed class UseLiteKernelTests
{
    private static readonly Lazy<UseLiteWeights> Weights = new(() => UseLiteWeights.Load(UseLiteEmbeddingGenerator.DefaultModelDirectory));

    private static readonly Dictionary<DenseKernel, Lazy<UseLiteEncoder>> Encoders = Enum.GetValues<DenseKernel>()
        .ToDictionary(k => k, k => new Lazy<UseLiteEncoder>(() => new UseLiteEncoder(Weights.Value, k)));

    // By name: DenseKernel is internal, and xunit's theory methods must be public.
    public static TheoryData<string> PanelKernels => new(nameof(DenseKernel.Panel512), nameof(DenseKernel.Panel256));

    [Theory]
    [MemberData(nameof(PanelKernels))]
    public void EncodeBatch_PanelKernel_MatchesOracleAndDotPath(string name)
    {
        if (Supported(name) is not { } encoder)
        {
            return;
        }

        var tokens = UseLiteOracleTests.Texts.Select(UseLiteTestModel.Generator.Tokenizer.Encode).ToArray();

        var panel = encoder.EncodeBatch(tokens);
        var dot = Encoders[DenseKernel.Dot].Value.EncodeBatch(tokens);

        for (var i = 0; i < tokens.Length; i++)
        {
            foreach (var (source, expected) in UseLiteTestModel.References(UseLiteOracleTests.Texts[i], tokens[i]))
            {
                Assert.True(UseLiteTestModel.Cosine(panel[i], expected) >= 0.9999, $"{name} vs {source}, input {i}");
            }

            Assert.True(UseLiteTestModel.Cosine(panel[i], dot[i]) >= 0.99999, $"{name} vs Dot, input {i}");
        }
    }

    [Theory]
    [MemberData(nameof(PanelKernels))]
    public void EncodeBatch_PanelKernelWithPartialTiles_EqualsOneByOne(string name)
    {
        if (Supported(name) is not { } encoder)
        {
            return;
        }

        // 1..17 tokens give every mix of full and short row tiles; results must not depend on packing.
        var tokens = Enumerable.Range(1, 17).Select(n => Enumerable.Range(6, n).ToArray()).ToArray();

        var batched = encoder.EncodeBatch(tokens);

        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.Equal(encoder.Encode(tokens[i]), batched[i]);
        }
    }

    [Fact]
    public void EncodeBatch_MoreEmptyInputsThanAPackHasRows_EachEqualsTheEmptyVector()
    {
        // Empty inputs add no rows, so one pack can hold more sentences than its workspace has rows for pooling.
        var encoder = UseLiteTestModel.Generator.Encoder;
        int[][] tokens = [[34, 1163, 1656], .. Enumerable.Repeat(Array.Empty<int>(), 500), [7, 25, 9]];

        var batched = encoder.EncodeBatch(tokens);

        var empty = encoder.Encode([]);
        Assert.All(batched.Skip(1).SkipLast(1), v => Assert.Equal(empty, v));
        Assert.Equal(encoder.Encode(tokens[0]), batched[0]);
        Assert.Equal(encoder.Encode(tokens[^1]), batched[^1]);
    }

    // The encoder with the named kernel forced, or null when this CPU cannot run that kernel natively (the test then has nothing to check).
    private static UseLiteEncoder? Supported(string name)
    {
        var kernel = Enum.Parse<DenseKernel>(name);
        return DenseKernels.IsSupported(kernel) ? Encoders[kernel].Value : null;
    }
}
