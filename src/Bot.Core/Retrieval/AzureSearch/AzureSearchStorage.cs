using Bot.Core.Embeddings;
using Bot.Core.Indexing;
using Microsoft.Extensions.AI;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>
/// The search service keeps what it is sent, so opening only makes sure both indexes exist with this schema and asks
/// whether they hold articles (an empty service is filled from the seeds, as a missing index file is); saving is a no-op.
/// </summary>
public sealed class AzureSearchStorage(AzureSearchIndexes indexes, AzureSearchCalls calls, IEmbeddingGenerator<string, Embedding<float>> embedder) : IIndexStorage
{
    /// <inheritdoc />
    public string Location => indexes.Location;

    /// <inheritdoc />
    public async Task<StorageOpening> OpenAsync(CancellationToken cancellationToken)
    {
        int dimensions = EmbeddingGeneratorFactory.Describe(embedder).Dimensions;
        if (indexes.Options.Dimensions != dimensions)
        {
            throw new InvalidOperationException($"Bot:AzureSearch:Dimensions is {indexes.Options.Dimensions} but the embedder writes {dimensions}-dimension vectors; set it to {dimensions}.");
        }

        long articles = await calls.RunAsync(async () =>
        {
            await indexes.EnsureOnceAsync(cancellationToken).ConfigureAwait(false);
            return (await indexes.Articles.GetDocumentCountAsync(cancellationToken).ConfigureAwait(false)).Value;
        }).ConfigureAwait(false);
        return articles > 0 ? StorageOpening.Loaded : new StorageOpening($"the search service's index {indexes.Options.ArticleIndexName} holds no articles yet");
    }

    /// <inheritdoc />
    public void Save()
    {
    }
}
