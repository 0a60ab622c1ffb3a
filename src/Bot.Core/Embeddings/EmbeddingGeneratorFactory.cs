using Bot.Core.Embeddings.UseLite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Embeddings;

/// <summary>Chooses the embedding generator from <c>Bot:Model</c>; the seam where cloud embedders plug in.</summary>
public static class EmbeddingGeneratorFactory
{
    /// <summary>Creates the local generator (used with every provider), or fails naming the setting and the fix.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ModelOptions>>().Value;

        // Embeddings stay local (USE-lite) whatever the chat provider: the saved index, the synonym credit and the
        // evaluation figures all rest on these vectors, and a cloud embedder would need a re-index and its own tests.
        var directory = string.IsNullOrWhiteSpace(options.EmbeddingModelPath) ? null : options.EmbeddingModelPath;
        return UseLiteEmbeddingGenerator.TryCreate(directory, out var generator, out var error)
            ? generator
            : throw new InvalidOperationException(error);
    }

    /// <summary>A stable name for the generator, recorded in the saved index so a change of embedder is detected.</summary>
    public static (string Name, int Dimensions) Describe(IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        return ($"{metadata?.ProviderName}/{metadata?.DefaultModelId}", metadata?.DefaultModelDimensions ?? 0);
    }
}
