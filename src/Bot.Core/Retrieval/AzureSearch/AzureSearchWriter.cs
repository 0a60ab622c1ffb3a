using Azure.Search.Documents;
using Azure.Search.Documents.Models;
using Bot.Core.Articles;
using Bot.Core.Chunking;

namespace Bot.Core.Retrieval.AzureSearch;

/// <summary>
/// Writes articles and passages to the service. An updated article's new passages are uploaded first and only then are
/// its passages that no longer exist deleted, so a question asked meanwhile finds the old or the new text, never none.
/// </summary>
public sealed class AzureSearchWriter(AzureSearchIndexes indexes, AzureSearchCalls calls) : IPassageWriter
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, NewsArticle>> AllArticlesAsync(CancellationToken cancellationToken) =>
        calls.RunAsync(async () =>
        {
            await indexes.EnsureOnceAsync(cancellationToken).ConfigureAwait(false);
            return await ArticleReads.AllAsync(indexes.Articles, cancellationToken).ConfigureAwait(false);
        });

    /// <inheritdoc />
    public Task UpsertAsync(IReadOnlyList<NewsArticle> articles, IReadOnlyList<ArticleChunk> embeddedChunks, CancellationToken cancellationToken) =>
        UpsertAsync(articles, embeddedChunks, progress: null, cancellationToken);

    /// <summary>As <see cref="UpsertAsync(IReadOnlyList{NewsArticle}, IReadOnlyList{ArticleChunk}, CancellationToken)"/>, telling <paramref name="progress"/> the passages stored so far.</summary>
    public Task<int> UpsertAsync(IReadOnlyList<NewsArticle> articles, IReadOnlyList<ArticleChunk> embeddedChunks, IProgress<int>? progress, CancellationToken cancellationToken) =>
        calls.RunAsync(async () =>
        {
            await indexes.EnsureOnceAsync(cancellationToken).ConfigureAwait(false);
            var stale = await PassageKeysAsync([.. articles.Select(a => a.Id)], cancellationToken).ConfigureAwait(false);
            var documents = embeddedChunks.Select(PassageDocument.From).ToList();
            int stored = await SendAsync(indexes.Passages, documents.Select(IndexDocumentsAction.MergeOrUpload), progress, cancellationToken).ConfigureAwait(false);
            stale.ExceptWith(documents.Select(d => d.Id));
            await DeleteAsync(indexes.Passages, stale, cancellationToken).ConfigureAwait(false);
            await SendAsync(indexes.Articles, articles.Select(a => IndexDocumentsAction.MergeOrUpload(ArticleDocument.From(a))), null, cancellationToken).ConfigureAwait(false);
            return stored;
        });

    /// <inheritdoc />
    public Task RemoveAsync(IReadOnlySet<string> articleIds, CancellationToken cancellationToken) =>
        calls.RunAsync(async () =>
        {
            await indexes.EnsureOnceAsync(cancellationToken).ConfigureAwait(false);
            var keys = await PassageKeysAsync([.. articleIds], cancellationToken).ConfigureAwait(false);
            await DeleteAsync(indexes.Passages, keys, cancellationToken).ConfigureAwait(false);
            await DeleteAsync(indexes.Articles, [.. articleIds.Select(PassageDocument.KeyOf)], cancellationToken).ConfigureAwait(false);
            return keys.Count;
        });

    // The keys of every passage the service holds for these articles (a filter on articleId, a page at a time).
    private async Task<HashSet<string>> PassageKeysAsync(IReadOnlyList<string> articleIds, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in articleIds.Chunk(100))
        {
            for (int skip = 0; ; skip += 1000)
            {
                var options = new SearchOptions { Size = 1000, Skip = skip, Filter = ODataFilters.ArticleIn(batch), Select = { "id" }, OrderBy = { "id asc" } };
                var response = await indexes.Passages.SearchAsync<KeyOnly>("*", options, cancellationToken).ConfigureAwait(false);
                int before = keys.Count;
                await foreach (var result in response.Value.GetResultsAsync().ConfigureAwait(false))
                {
                    keys.Add(result.Document.Id);
                }

                if (keys.Count - before < 1000)
                {
                    break;
                }
            }
        }

        return keys;
    }

    private Task<int> DeleteAsync(SearchClient client, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        SendAsync(client, keys.Select(k => IndexDocumentsAction.Delete(new KeyOnly { Id = k })), null, cancellationToken);

    private async Task<int> SendAsync<T>(SearchClient client, IEnumerable<IndexDocumentsAction<T>> actions, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        int sent = 0;
        foreach (var batch in actions.Chunk(indexes.Options.UploadBatchSize))
        {
            var response = await client.IndexDocumentsAsync(IndexDocumentsBatch.Create(batch), new IndexDocumentsOptions { ThrowOnAnyError = false }, cancellationToken).ConfigureAwait(false);
            var failed = response.Value.Results.Where(r => !r.Succeeded && r.Status != 404).ToList();
            if (failed.Count > 0)
            {
                throw new InvalidOperationException($"Azure AI Search refused {failed.Count} of {batch.Length} documents, e.g. {failed[0].Key}: {failed[0].ErrorMessage}");
            }

            sent += batch.Length;
            progress?.Report(sent);
        }

        return sent;
    }

    private sealed class KeyOnly
    {
        [System.Text.Json.Serialization.JsonPropertyName("id")] public required string Id { get; init; }
    }
}
