using Microsoft.Extensions.AI;

namespace Bot.Core.Indexing;

/// <summary>
/// Wraps the embedder so that every embedding made outside background ingestion (a question, a follow-up, a claim
/// look-up) is counted by <see cref="IngestPriority"/>, and background ingestion waits for it.
/// </summary>
public sealed class PrioritizedEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, IngestPriority priority)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (priority.InBackground)
        {
            return await base.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
        }

        using (priority.Question())
        {
            return await base.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
        }
    }
}
