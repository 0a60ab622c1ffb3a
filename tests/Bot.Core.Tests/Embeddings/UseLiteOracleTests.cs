using Bot.Core.Embeddings.UseLite;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Embeddings;

/// <summary>
/// Compares the managed encoder with the ONNX rebuild of the same network (the test oracle): with its committed
/// golden vectors always, and with the live model too when ../shared holds it.
/// </summary>
public sealed class UseLiteOracleTests(ITestOutputHelper output)
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

        var viaGenerator = (await generator.GenerateAsync([text])).Single().Vector.ToArray();
        var viaEncoder = generator.Encoder.Encode(ids);

        Assert.Equal(viaEncoder, viaGenerator);
        foreach (var (source, expected) in UseLiteTestModel.References(text, ids))
        {
            var cosine = UseLiteTestModel.Cosine(viaGenerator, expected);
            output.WriteLine($"{source}: cosine {cosine:F7}");
            Assert.True(cosine >= 0.9999, $"cosine {cosine} < 0.9999 against the {source} for \"{text}\" ({ids.Length} tokens)");
        }

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

    [Fact]
    public void GoldenFixture_Texts_AreExactlyTheOracleTexts() => Assert.Equal(Texts, UseLiteGolden.Texts);

    [Fact]
    public void GoldenFixture_LiveOracle_SameVectors()
    {
        if (!UseLiteTestModel.HasOracle)
        {
            output.WriteLine("ONNX oracle not found beside the repository; the golden vectors were not rechecked");
            return;
        }

        foreach (var text in Texts)
        {
            var golden = UseLiteGolden.For(text);
            var cosine = UseLiteTestModel.Cosine(golden.Vector, UseLiteTestModel.RunOracle(golden.Ids));
            Assert.True(cosine >= 0.999999, $"TestData/{UseLiteGolden.FileName} is stale for \"{text}\" (cosine {cosine}); regenerate it");
        }
    }

    [WriteGoldenFact]
    public void WriteGolden_OracleModelPresent_RewritesFixture()
    {
        var cases = Texts.Select(text =>
        {
            var ids = UseLiteTestModel.Generator.Tokenizer.Encode(text);
            return new UseLiteGolden.GoldenCase(text, ids, UseLiteTestModel.RunOracle(ids));
        });

        var path = UseLiteGolden.Write(cases.ToList());

        output.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
    }
}
