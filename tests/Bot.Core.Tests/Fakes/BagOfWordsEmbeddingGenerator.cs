using Microsoft.Extensions.AI;

namespace Bot.Core.Tests.Fakes;

/// <summary>A tiny deterministic embedder for store tests: one dimension per known word.</summary>
public sealed class BagOfWordsEmbeddingGenerator(params string[] vocabulary) : IEmbeddingGenerator<string, Embedding<float>>
{
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(Embed)));

    public Embedding<float> Embed(string text)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new Embedding<float>(vocabulary.Select(v => words.Contains(v) ? 1f : 0f).ToArray());
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("bag", null, "words", vocabulary.Length) : null;

    public void Dispose()
    {
    }
}
