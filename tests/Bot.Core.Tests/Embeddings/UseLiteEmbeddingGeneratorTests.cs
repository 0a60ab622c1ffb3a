using Bot.Core.Embeddings.UseLite;
using Microsoft.Extensions.AI;

namespace Bot.Core.Tests.Embeddings;

public sealed class UseLiteEmbeddingGeneratorTests
{
    private const string Question = "How many soldiers died in the NATO strike?";

    private const string Answer =
        "This was the first high-level military contact between Pakistan and the US since a cross-border NATO air strike " +
        "in the tribal belt bordering Afghanistan killed 24 Pakistani soldiers in November.";

    private const string Unrelated = "The recipe calls for two cups of flour, a pinch of salt and fresh basil.";

    [Fact]
    public async Task GenerateAsync_QuestionAndAnswer_MoreSimilarThanUnrelatedSentence()
    {
        var embeddings = await UseLiteTestModel.Generator.GenerateAsync([Question, Answer, Unrelated]);

        var related = UseLiteTestModel.Cosine(embeddings[0].Vector.Span, embeddings[1].Vector.Span);
        var unrelated = UseLiteTestModel.Cosine(embeddings[0].Vector.Span, embeddings[2].Vector.Span);

        Assert.True(related > unrelated + 0.15, $"related {related:F4} vs unrelated {unrelated:F4}");
    }

    [Fact]
    public async Task GenerateAsync_EmptyString_ReturnsFiniteUnitVector()
    {
        var embedding = (await UseLiteTestModel.Generator.GenerateAsync([string.Empty])).Single();

        Assert.All(embedding.Vector.ToArray(), value => Assert.True(float.IsFinite(value)));
        Assert.Equal(1.0, System.Numerics.Tensors.TensorPrimitives.Norm(embedding.Vector.Span), 4);
    }

    [Fact]
    public async Task GenerateAsync_SeveralInputs_KeepsOrderAndReportsModel()
    {
        var embeddings = await UseLiteTestModel.Generator.GenerateAsync([Question, Answer]);

        Assert.Equal(2, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal(UseLiteEncoder.Dimensions, e.Vector.Length));
        Assert.All(embeddings, e => Assert.Equal(UseLiteEmbeddingGenerator.ModelId, e.ModelId));
        var single = await UseLiteTestModel.Generator.GenerateAsync([Answer]);
        Assert.Equal(single[0].Vector.ToArray(), embeddings[1].Vector.ToArray());
    }

    [Fact]
    public void Metadata_Always_DescribesUseLite()
    {
        var metadata = UseLiteTestModel.Generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("use-lite", metadata.ProviderName);
        Assert.Equal("universal-sentence-encoder-lite", metadata.DefaultModelId);
        Assert.Equal(512, metadata.DefaultModelDimensions);
    }

    [Fact]
    public void TryCreate_MissingFolder_ReturnsFalseWithFix()
    {
        var folder = Path.Combine(Path.GetTempPath(), "use-lite-missing-" + Guid.NewGuid().ToString("N"));

        var created = UseLiteEmbeddingGenerator.TryCreate(folder, out var generator, out var error);

        Assert.False(created);
        Assert.Null(generator);
        Assert.Contains(folder, error, StringComparison.Ordinal);
        Assert.Contains("dotnet build", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MissingFolder_ThrowsFileNotFoundNamingTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "use-lite-missing-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<FileNotFoundException>(() => new UseLiteEmbeddingGenerator(folder));

        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
    }
}
