using Bot.Core.Embeddings.UseLite;

namespace Bot.Core.Tests.Embeddings;

/// <summary>Compares the managed encoder with the ONNX rebuild of the same network (the test oracle).</summary>
public sealed class UseLiteOracleTests
{
    private static readonly string LongText = string.Join(' ', Enumerable.Repeat(
        "This was the first high-level military contact between Pakistan and the US since a cross-border NATO air strike " +
        "in the tribal belt bordering Afghanistan killed 24 Pakistani soldiers in November.", 6));

    internal static readonly string[] Texts =
    [
        "The cat sits on the mat.",
        string.Empty,
        "How many soldiers died in the NATO strike?",
        "ISLAMABAD- Senior Pakistani and Afghan defense officials held talks on border management, officials said.",
        "\uFF28\uFF45\uFF4C\uFF4C\uFF4F café naïve \u2014 \u201Cquotes\u201D \u4E16\u754C 3\u00BD km² :) http://example.com",
        LongText,
    ];

    public static TheoryData<string> Sentences => new(Texts);

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task GenerateAsync_SameTokenIdsAsOracleInput_CosineAtLeast09999(string text)
    {
        var generator = UseLiteTestModel.Generator;
        var ids = generator.Tokenizer.Encode(text);

        var expected = UseLiteTestModel.RunOracle(ids);
        var viaGenerator = (await generator.GenerateAsync([text])).Single().Vector.ToArray();
        var viaEncoder = generator.Encoder.Encode(ids);

        Assert.Equal(viaEncoder, viaGenerator);
        var cosine = UseLiteTestModel.Cosine(viaGenerator, expected);
        Assert.True(cosine >= 0.9999, $"cosine {cosine} < 0.9999 for \"{text}\" ({ids.Length} tokens)");
        Assert.True(ids.Length <= SentencePieceTokenizer.MaxTokens);
    }

    [Fact]
    public void EncodeBatch_ManyMixedInputs_EqualsOneByOne()
    {
        var encoder = UseLiteTestModel.Generator.Encoder;
        var tokens = Texts.Select(UseLiteTestModel.Generator.Tokenizer.Encode).ToArray();
        var repeated = Enumerable.Range(0, 7).SelectMany(_ => tokens).ToArray();

        var batched = encoder.EncodeBatch(repeated);

        for (var i = 0; i < repeated.Length; i++)
        {
            Assert.Equal(encoder.Encode(repeated[i]), batched[i]);
        }
    }
}
